/**
 * The upload page: files posted one request each to the API's ingest endpoint (POST /api/documents, multipart),
 * so that each file has its own progress bar and its own result or one-line error.
 */
import { ASSETS, page } from '../html.js';

export const INGEST_ENDPOINT = '/api/documents';

export function uploadPage(): string {
  const body = `<h1>Upload documents</h1>
<p class="lede">PDF, plain text or Akoma Ntoso XML of Security Council documents: resolutions, drafts, reports, letters, press summaries. Each file is read and stored; a file already stored is left unchanged.</p>
<form id="upload-form" class="upload-form" action="${INGEST_ENDPOINT}" method="post" enctype="multipart/form-data">
<label class="drop">Choose files <input type="file" name="file" multiple required accept=".pdf,.txt,.md,.xml,application/pdf,text/plain,application/xml,text/xml"></label>
<details class="token"><summary>Token</summary><label>Bearer token (only when the server was started with one) <input type="password" name="token" autocomplete="off" form="none"></label></details>
<button type="submit">Upload</button>
</form>
<ol id="upload-list" class="upload-list" aria-live="polite"></ol>
<noscript><p class="notice">Without JavaScript the form posts all files at once and the server answers in JSON.</p></noscript>`;
  return page({ title: 'Upload', section: 'upload', body, scripts: [ASSETS.upload] });
}

/** Same-origin script of the upload page: one XMLHttpRequest per file, its upload progress shown, its answer read. */
export const UPLOAD_SCRIPT = `'use strict';
(function () {
  var form = document.getElementById('upload-form');
  var list = document.getElementById('upload-list');
  if (!form || !list) return;
  var input = form.querySelector('input[type=file]');
  var token = form.querySelector('input[name=token]');

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A stored file's reader: by its symbol, else (no symbol recognised) by its stored id.
  function documentLink(stored) {
    var link = element('a', '', stored.symbol || 'read it');
    link.href = stored.symbol ? '/documents/' + encodeURIComponent(stored.symbol) : '/documents/id/' + stored.id;
    return link;
  }

  function show(row, state, message, stored) {
    row.className = 'upload upload-' + state;
    row.status.textContent = message;
    if (stored && (stored.symbol || stored.id)) { row.status.appendChild(document.createTextNode(' ')); row.status.appendChild(documentLink(stored)); }
  }

  function addRow(file) {
    var row = element('li', 'upload upload-waiting');
    row.appendChild(element('span', 'file-name', file.name));
    var bar = element('progress');
    bar.max = 100; bar.value = 0;
    bar.setAttribute('aria-label', 'upload of ' + file.name);
    row.appendChild(bar);
    row.status = element('span', 'upload-status', 'waiting');
    row.appendChild(row.status);
    row.bar = bar;
    list.appendChild(row);
    return row;
  }

  function upload(file, row) {
    var bar = row.bar;
    row.className = 'upload upload-sending';
    return new Promise(function (done) {
      var request = new XMLHttpRequest();
      request.open('POST', form.getAttribute('action'));
      request.setRequestHeader('Accept', 'application/json');
      if (token && token.value) request.setRequestHeader('Authorization', 'Bearer ' + token.value);
      request.upload.addEventListener('progress', function (event) {
        if (!event.lengthComputable) return;
        bar.value = Math.round((event.loaded / event.total) * 100);
        row.status.textContent = 'sending ' + bar.value + ' %';
      });
      request.upload.addEventListener('load', function () { bar.value = 100; row.status.textContent = 'reading…'; });
      request.addEventListener('load', function () {
        var answer = null;
        try { answer = JSON.parse(request.responseText); } catch (error) { answer = null; }
        if (request.status >= 200 && request.status < 300 && answer && answer.files && answer.files[0]) {
          var result = answer.files[0];
          if (result.status === 'failed') show(row, 'failed', 'failed: ' + result.reason);
          else show(row, result.status, (result.status === 'ingested' ? 'stored' + (result.version > 1 ? ' as version ' + result.version : '') : 'already stored, unchanged') + (result.symbol ? ':' : ' (no symbol recognised):'), result);
        } else {
          show(row, 'failed', 'failed: ' + (answer && answer.message ? answer.message : 'the server answered ' + request.status + ' ' + request.statusText));
        }
        done();
      });
      request.addEventListener('error', function () { show(row, 'failed', 'failed: the server could not be reached'); done(); });
      var body = new FormData();
      body.append('file', file, file.name);
      request.send(body);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var files = Array.prototype.slice.call(input.files || []);
    // One file at a time: the server reads each in turn anyway, and each row shows its own progress.
    var rows = files.map(addRow);
    files.reduce(function (previous, file, i) { return previous.then(function () { return upload(file, rows[i]); }); }, Promise.resolve())
      .then(function () { form.reset(); });
  });
})();
`;
