import { signOutAction } from '@/app/[locale]/actions';

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
