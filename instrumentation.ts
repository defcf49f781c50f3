// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    (await import('@/lib/server/client-address')).installClientAddressHeader();
    (await import('@/lib/server/page-cache')).configurePageCache();
    const { registerShutdownFlush } = await import('@/lib/server/shutdown');
    registerShutdownFlush();
    (await import('@/lib/server/mailer')).startMailer();
    (await import('@/lib/server/scheduler')).startScheduler();
    // The console's settings, read once now so that the proxy has the default language.
    void (await import('@/lib/dal/settings')).getPortalSettings();
  }
}
