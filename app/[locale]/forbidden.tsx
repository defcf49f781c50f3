import { StatusPage } from '@/components/site/status-page';

export default function Forbidden() {
  return <StatusPage kind="forbidden" />;
}
