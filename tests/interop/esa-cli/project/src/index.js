import { greeting } from './greeting.js';

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === '/api/hello')
      return new Response(greeting('esa-cli'), { headers: { 'content-type': 'text/plain' } });
    return new Response('not found', { status: 404 });
  }
};
