import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { Refusal } from '../../../components/refusal';
import { usePageOutcome } from '../../../components/use-page-outcome';

interface ReportQuery<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

/** The title (also on the browser tab), and the report once loaded — or loading, a refusal or a failure in its place. */
export function ReportPageFrame<T>({
  query,
  titles,
  texts,
  children,
}: {
  query: ReportQuery<T>;
  titles: { loaded: (data: T) => string; forbidden: string; notFound: string; pending: string };
  texts: { loading: string; forbidden: string; notFound: string };
  children: (data: T) => ReactNode;
}) {
  const { refusal, title } = usePageOutcome(query, titles);
  return (
    <div className="stack stack--wide">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {query.isPending ? (
        <LoadingStatus text={texts.loading} />
      ) : refusal ? (
        <Refusal kind={refusal} text={refusal === 'forbidden' ? texts.forbidden : texts.notFound} />
      ) : query.isError || query.data === undefined ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        children(query.data)
      )}
    </div>
  );
}
