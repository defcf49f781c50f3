import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { makeImage, makePdf } from '../support/upload-fixtures';
import { articlesWhere, authFile, PASSWORD, USERS } from './support';

test.describe('hardening', () => {
  test('a forged x-middleware-subrequest header or an internal route path reveals nothing', async ({ request }) => {
    const [internal] = await articlesWhere(`a.status = 'published' and a.visibility = 'internal'`);
    const [draft] = await articlesWhere(`a.status = 'draft'`);
    const forged = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' };
    for (const path of [
      `/news/${internal.id}`,
      `/news/${draft.id}`,
      `/en/news/${internal.id}`,
      `/en/guest/news/${internal.id}`,
      `/en/news/${draft.id}`,
    ]) {
      for (const headers of [{}, forged, { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }]) {
        const response = await request.get(path, { headers, maxRedirects: 0 });
        const body = await response.text();
        expect([307, 308, 404], `${path} ${JSON.stringify(headers)}`).toContain(response.status());
        expect(body).not.toContain(internal.title);
        expect(body).not.toContain(draft.title);
      }
    }
  });

  test('route handlers refuse cross-origin posts and bad input without a 500', async ({ request }) => {
    const [pub] = await articlesWhere(`a.status = 'published' and a.visibility = 'public'`);
    const crossOrigin = await request.post('/api/views', { headers: { origin: 'http://evil.example' }, data: { id: pub.id } });
    expect(crossOrigin.status()).toBe(403);
    for (const data of ['not json', { id: 'x' }, { id: -1 }, { id: 1e300 }, {}]) {
      const r = await request.post('/api/views', { data: typeof data === 'string' ? data : JSON.stringify(data), headers: { 'content-type': 'application/json' } });
      expect(r.status(), JSON.stringify(data)).toBe(400);
    }
    const [draft] = await articlesWhere(`a.status = 'draft'`);
    expect((await request.post('/api/views', { data: { id: draft.id } })).status()).toBe(404);
  });

  test('sign-in never redirects to another site', async ({ page, baseURL }) => {
    for (const target of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      await page.context().clearCookies();
      const login = new LoginPage(page);
      await login.goto(target);
      await login.signIn(USERS.editor, PASSWORD);
      await expect(page.getByTestId('signed-in-as')).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL as string).origin);
    }
  });

  test('security headers are set', async ({ request }) => {
    const r = await request.get('/');
    const h = r.headers();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-powered-by']).toBeUndefined();
  });

  test.describe('uploaded files', () => {
    test.use({ storageState: authFile('editor') });

    test('are served by the running server in their sandbox, not under the page policy', async ({ request, baseURL }) => {
      const files = [
        { purpose: 'image', name: 'photo.png', mimeType: 'image/png', buffer: await makeImage('png', 40, 30) },
        { purpose: 'attachment', name: 'minutes.pdf', mimeType: 'application/pdf', buffer: makePdf() },
      ];
      for (const { purpose, ...file } of files) {
        const upload = await request.post('/api/uploads', { headers: { origin: baseURL! }, multipart: { purpose, file } });
        expect(upload.status(), await upload.text()).toBe(201);
        const { key } = (await upload.json()) as { key: string };
        const served = await request.get(`/files/${key}`);
        expect(served.status()).toBe(200);
        const policy = served.headers()['content-security-policy'];
        expect(policy, file.name).toMatch(/^sandbox; default-src 'none'/);
        expect(policy).not.toContain('frame-ancestors');
        expect(served.headers()['x-content-type-options']).toBe('nosniff');
      }
      // Pages keep theirs.
      expect((await request.get('/about')).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    });
  });
});
