import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { Refusal } from '../../../components/refusal';
import { usePageOutcome } from '../../../components/use-page-outcome';

interface CheckQuery<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

/**
 * What every check page shares: the title (also on the browser tab), what goes under it once
 * loaded (the period and its navigation), and loading, refusal or failure in place of the body.
 */
export function CheckPage<T>({
  query,
  titles,
  texts,
  header,
  children,
}: {
  query: CheckQuery<T>;
  titles: { loaded: (data: T) => string; forbidden: string; notFound: string; pending: string };
  texts: { loading: string; forbidden: string; notFound: string };
  header?: (data: T) => ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { refusal, title } = usePageOutcome(query, titles);
  const data = query.data;
  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {data !== undefined && header?.(data)}
      </div>
      {query.isPending ? (
        <LoadingStatus text={texts.loading} />
      ) : refusal ? (
        <Refusal kind={refusal} text={refusal === 'forbidden' ? texts.forbidden : texts.notFound} />
      ) : query.isError || data === undefined ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        children(data)
      )}
    </div>
  );
}
