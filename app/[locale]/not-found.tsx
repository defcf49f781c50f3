import { StatusPage } from '@/components/site/status-page';

export default function NotFound() {
  return <StatusPage kind="notFound" />;
}
