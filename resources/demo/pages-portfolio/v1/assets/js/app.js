// A tiny hash router: the site is one page, its views are fragments.
const views = {
  '/': () => document.querySelector('.hero').outerHTML,
  '/work': () => '<section><h2>Work</h2><p>Selected projects are coming soon.</p></section>',
  '/contact': () => '<section><h2>Contact</h2><p>hello@demo.cloudcodes.dev</p></section>',
};

const home = views['/']();

function render() {
  const path = location.hash.slice(1) || '/';
  const view = views[path] || views['/'];
  document.getElementById('view').innerHTML = path === '/' ? home : view();
}

window.addEventListener('hashchange', render);
render();
