//! Files in and out of the page: reading the files the user picked or
//! dropped (with byte progress), and offering bytes as a download.
//!
//! Nothing here leaves the machine: files are read into memory and handed
//! to the worker; downloads are `blob:` URLs of this page.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::backend::OutgoingFile;

/// Progress of reading the picked files.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ReadProgress {
    /// Bytes read so far, over every file.
    pub done: f64,
    /// Bytes of every file together.
    pub total: f64,
}

/// The files of a `FileList` (from an input or a drop).
pub fn list_files(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads `files` one after the other, reporting progress, then calls
/// `done` with every file read, or with the name of the file that could not
/// be read.
pub fn read_all(
    files: Vec<web_sys::File>,
    on_progress: impl Fn(ReadProgress) + 'static,
    done: impl FnOnce(Result<Vec<OutgoingFile>, String>) + 'static,
) {
    let total = files.iter().map(|f| f.size()).sum::<f64>();
    let job = Rc::new(ReadJob {
        files,
        total,
        finished_bytes: RefCell::new(0.0),
        read: RefCell::new(Vec::new()),
        on_progress: Box::new(on_progress),
        done: RefCell::new(Some(Box::new(done))),
    });
    next(job);
}

type Done = Box<dyn FnOnce(Result<Vec<OutgoingFile>, String>)>;

struct ReadJob {
    files: Vec<web_sys::File>,
    total: f64,
    finished_bytes: RefCell<f64>,
    read: RefCell<Vec<OutgoingFile>>,
    on_progress: Box<dyn Fn(ReadProgress)>,
    done: RefCell<Option<Done>>,
}

impl ReadJob {
    fn finish(&self, result: Result<Vec<OutgoingFile>, String>) {
        if let Some(done) = self.done.borrow_mut().take() {
            done(result);
        }
    }
}

fn next(job: Rc<ReadJob>) {
    let index = job.read.borrow().len();
    let Some(file) = job.files.get(index).cloned() else {
        let files = std::mem::take(&mut *job.read.borrow_mut());
        job.finish(Ok(files));
        return;
    };
    let Ok(reader) = web_sys::FileReader::new() else {
        job.finish(Err(file.name()));
        return;
    };
    let progress_job = job.clone();
    let on_progress =
        Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
            let done = *progress_job.finished_bytes.borrow() + e.loaded();
            (progress_job.on_progress)(ReadProgress {
                done,
                total: progress_job.total,
            });
        });
    let load_job = job.clone();
    let load_reader = reader.clone();
    let load_file = file.clone();
    let on_load = Closure::once(move |_: web_sys::ProgressEvent| {
        let Ok(buffer) = load_reader.result() else {
            load_job.finish(Err(load_file.name()));
            return;
        };
        let bytes = js_sys::Uint8Array::new(&buffer);
        *load_job.finished_bytes.borrow_mut() += load_file.size();
        load_job.read.borrow_mut().push(OutgoingFile {
            name: load_file.name(),
            bytes,
        });
        next(load_job);
    });
    let error_job = job.clone();
    let error_name = file.name();
    let on_error = Closure::once(move |_: web_sys::ProgressEvent| {
        error_job.finish(Err(error_name));
    });
    reader.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    reader.set_onload(Some(on_load.as_ref().unchecked_ref()));
    reader.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The reader holds the only references to its handlers; they live as
    // long as the page, a few bytes per file read.
    on_progress.forget();
    on_load.forget();
    on_error.forget();
    if reader.read_as_array_buffer(&file).is_err() {
        job.finish(Err(file.name()));
    }
}

/// Offers `bytes` as a file download named `name`. Returns false when the
/// browser refused (the caller says so).
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> bool {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let clicked = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    // Revoke after the click has started the download.
    let revoke = Closure::once(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.as_ref().unchecked_ref(),
            10_000,
        );
    }
    revoke.forget();
    clicked
}
