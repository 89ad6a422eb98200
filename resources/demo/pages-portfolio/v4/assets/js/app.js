// A tiny hash router: the site is one page, its views are fragments.
const projects = [
  { name: 'edge-gateway', text: 'Routing, caching and A/B tests at the edge.' },
  { name: 'image-resizer', text: 'WebP and AVIF on the fly.' },
  { name: 'search-index', text: 'Product search from an edge-bundled index.' },
];

const views = {
  '/': () => document.querySelector('.hero').outerHTML,
  '/work': () => '<section><h2>Work</h2><div class="cards">'
    + projects.map((p) => `<article class="card"><h3>${p.name}</h3><p>${p.text}</p></article>`).join('')
    + '</div></section>',
  '/about': () => '<section><h2>About</h2><p>Three people, one edge.</p></section>',
  '/contact': () => '<section><h2>Contact</h2><p>hello@demo.cloudcodes.dev</p></section>',
};

const home = views['/']();

function render() {
  const path = location.hash.slice(1) || '/';
  const view = views[path];
  if (!view) {
    location.replace('/404.html');
    return;
  }
  document.getElementById('view').innerHTML = path === '/' ? home : view();
}

window.addEventListener('hashchange', render);
render();
