// Progressive enhancement: while an upload runs, reload its status page every 2 seconds.
// Without JavaScript the "Check progress" button does the same.
const status = document.querySelector('[data-upload-running]');
if (status) {
  setTimeout(() => window.location.reload(), 2000);
}
