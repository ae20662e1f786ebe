// Sends the page's CSRF token with every htmx request (forms rendered by Thymeleaf carry it as a hidden field
// already). A file, not an inline script: the Content-Security-Policy allows scripts from the console only.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
