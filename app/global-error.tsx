'use client';

// The last resort, when even the root layout failed: no catalogs are available here,
// so it speaks both working languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
        <h1>Something went wrong · 出错了</h1>
        <p>Please try again in a moment. · 请稍后再试。</p>
        <button type="button" onClick={reset}>
          Try again · 重试
        </button>
      </body>
    </html>
  );
}
