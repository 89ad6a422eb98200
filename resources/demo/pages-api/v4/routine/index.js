// The API of the docs site: /api/* is answered here, everything else comes from the assets.
const VERSION = '3';

function json(body, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-api-version': VERSION },
  });
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/api/health') {
      return json({ ok: true, version: VERSION });
    }
    if (url.pathname === '/api/time') {
      const zone = url.searchParams.get('tz') || 'UTC';
      return json({ now: new Date().toISOString(), zone });
    }
    if (url.pathname === '/api/echo' && request.method === 'POST') {
      return json({ received: await request.text() });
    }
    if (url.pathname.startsWith('/api/')) {
      return json({ error: 'not found' }, 404);
    }
    return env.ASSETS.fetch(request);
  },
};
