import { Navigate } from 'react-router';
import { homePathFor } from '../lib/home-path';
import { useSession } from '../lib/session';

/** `/`: the page for the person's first role. */
export function HomeRedirect() {
  const session = useSession();
  return <Navigate to={homePathFor(session.roles)} replace />;
}
