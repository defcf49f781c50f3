/** A page that only says something: a title, a sentence and one way on. Usable from client components too. */
export function MessagePage({ title, message, children }: { title: string; message: string; children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-600">{message}</p>
      <div className="mt-6">{children}</div>
    </main>
  );
}
