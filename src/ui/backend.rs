//! The page's side of the Web Worker that owns the session: sends
//! [`Request`]s, receives [`Response`]s in order, and calls back.
//!
//! Every failure (no Worker support, a worker that cannot start, an answer
//! that cannot be read) becomes a [`Response::Failed`] for the caller; the
//! page never panics over it.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::session::{Request, Response};

/// What to do with the answer to one request.
pub type Callback = Box<dyn FnOnce(Response)>;

/// A file for an import: its name and bytes.
pub struct OutgoingFile {
    /// File name.
    pub name: String,
    /// Contents.
    pub bytes: js_sys::Uint8Array,
}

/// Handle to the worker. Cheap to clone.
#[derive(Clone)]
pub struct Backend {
    worker: Option<web_sys::Worker>,
    waiting: Rc<RefCell<VecDeque<Callback>>>,
}

fn failed(id: &str, en: &str) -> Response {
    Response::Failed {
        message: [id.to_string(), en.to_string()],
    }
}

/// Reads the worker's `{ response, bytes? }` message.
fn read_reply(data: &JsValue) -> Option<Response> {
    let text = js_sys::Reflect::get(data, &"response".into())
        .ok()?
        .as_string()?;
    let mut response = serde_json::from_str::<Response>(&text).ok()?;
    if let Response::Download { bytes, .. } = &mut response {
        let array = js_sys::Reflect::get(data, &"bytes".into()).ok()?;
        *bytes = array.dyn_into::<js_sys::Uint8Array>().ok()?.to_vec();
    }
    Some(response)
}

impl Backend {
    /// Starts the worker (`worker-loader.js` beside the page).
    pub fn start() -> Backend {
        let waiting: Rc<RefCell<VecDeque<Callback>>> = Rc::default();
        let worker = web_sys::Worker::new("./worker-loader.js").ok();
        if let Some(worker) = &worker {
            let queue = waiting.clone();
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let response = read_reply(&event.data()).unwrap_or_else(|| {
                        failed(
                            "Jawaban pekerja tidak terbaca.",
                            "The worker's answer could not be read.",
                        )
                    });
                    let next = queue.borrow_mut().pop_front();
                    if let Some(callback) = next {
                        callback(response);
                    }
                },
            );
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            let queue = waiting.clone();
            let on_error =
                Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                    event.prevent_default();
                    let callbacks: Vec<Callback> = queue.borrow_mut().drain(..).collect();
                    for callback in callbacks {
                        callback(failed(
                            "Pekerja latar berhenti karena galat; muat ulang halaman.",
                            "The background worker stopped with an error; reload the page.",
                        ));
                    }
                });
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            on_error.forget();
        }
        Backend { worker, waiting }
    }

    /// Stops the worker at once (whatever it is computing) and starts a
    /// fresh worker with an empty session; the caller loads the data into
    /// it again. Returns the callbacks of the requests that will never be
    /// answered: the caller calls them with [`Backend::cancelled`] once it
    /// no longer holds the backend (they may send new requests).
    pub fn restart(&mut self) -> Vec<Callback> {
        if let Some(worker) = self.worker.take() {
            worker.terminate();
        }
        let orphaned: Vec<Callback> = self.waiting.borrow_mut().drain(..).collect();
        *self = Backend::start();
        orphaned
    }

    /// The answer given to requests a restart left unanswered.
    pub fn cancelled() -> Response {
        failed("Perhitungan dibatalkan.", "The computation was cancelled.")
    }

    /// Sends `request` (with `files` for an import) and calls `callback`
    /// with the answer.
    pub fn send(
        &self,
        request: &Request,
        files: Vec<OutgoingFile>,
        callback: impl FnOnce(Response) + 'static,
    ) {
        let Some(worker) = &self.worker else {
            callback(failed(
                "Peramban ini tidak dapat menjalankan pekerja latar (Web Worker).",
                "This browser cannot run a background worker (Web Worker).",
            ));
            return;
        };
        let message = js_sys::Object::new();
        let text = serde_json::to_string(request).unwrap_or_default();
        let list = js_sys::Array::new();
        let transfer = js_sys::Array::new();
        for file in files {
            let entry = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&entry, &"name".into(), &file.name.into());
            let _ = js_sys::Reflect::set(&entry, &"bytes".into(), &file.bytes);
            transfer.push(&file.bytes.buffer());
            list.push(&entry);
        }
        let _ = js_sys::Reflect::set(&message, &"request".into(), &text.into());
        let _ = js_sys::Reflect::set(&message, &"files".into(), &list);
        self.waiting.borrow_mut().push_back(Box::new(callback));
        if worker
            .post_message_with_transfer(&message, &transfer)
            .is_err()
        {
            let callback = self.waiting.borrow_mut().pop_back();
            if let Some(callback) = callback {
                callback(failed(
                    "Pesan ke pekerja latar gagal dikirim.",
                    "The message to the worker could not be sent.",
                ));
            }
        }
    }
}
