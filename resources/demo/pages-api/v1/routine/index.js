// The API of the docs site: /api/* is answered here, everything else comes from the assets.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/api/health') {
      return Response.json({ ok: true });
    }
    if (url.pathname === '/api/time') {
      return Response.json({ now: new Date().toISOString() });
    }
    return env.ASSETS.fetch(request);
  },
};
