import { isApiFailure } from '../api/client';
import { refusalKind } from './refusal';
import { useDocumentTitle } from './use-document-title';

type Refusal = ReturnType<typeof refusalKind>;

/**
 * A page that shows one query's data or a refusal: what refused it (forbidden, not found) and the
 * document title that fits, set on the browser tab. `refused` forces a refusal the page found
 * itself (an address that cannot be an id).
 */
export function usePageOutcome<T>(
  query: { data: T | undefined; error: unknown },
  titles: { loaded: (data: T) => string; forbidden: string; notFound: string; pending: string },
  refused: Refusal = null,
): { refusal: Refusal; title: string } {
  const failure = isApiFailure(query.error) ? query.error : null;
  const refusal = refused ?? refusalKind(failure?.code);
  const title =
    query.data !== undefined
      ? titles.loaded(query.data)
      : refusal === 'forbidden'
        ? titles.forbidden
        : refusal === 'notFound'
          ? titles.notFound
          : titles.pending;
  useDocumentTitle(title);
  return { refusal, title };
}
