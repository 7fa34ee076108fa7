//! The Web Worker that keeps the page responsive: it owns one
//! [`Session`](seimbang::session::Session) and answers the page's requests,
//! so parsing large files and planning never run on the page's thread.
//!
//! Protocol: the page posts `{ request: "<JSON of session::Request>",
//! files: [{ name, bytes: Uint8Array }] }`; the worker answers with
//! `{ response: "<JSON of session::Response>", bytes?: Uint8Array }` (the
//! bytes of a download travel beside the JSON). Nothing here touches storage or the
//! network; the page decides what to keep.

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;
    use std::rc::Rc;

    use seimbang::io::InputFile;
    use seimbang::model::Date;
    use seimbang::session::{Request, Response, Session};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    fn today() -> Date {
        let now = js_sys::Date::new_0();
        Date::new(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
        .or_else(|| Date::new(2025, 1, 1))
        .expect("a valid date")
    }

    fn files_of(value: &JsValue) -> Vec<InputFile> {
        let Ok(list) = js_sys::Reflect::get(value, &JsValue::from_str("files")) else {
            return Vec::new();
        };
        let Some(list) = list.dyn_ref::<js_sys::Array>() else {
            return Vec::new();
        };
        list.iter()
            .filter_map(|f| {
                let name = js_sys::Reflect::get(&f, &JsValue::from_str("name"))
                    .ok()?
                    .as_string()?;
                let bytes = js_sys::Reflect::get(&f, &JsValue::from_str("bytes")).ok()?;
                let bytes = bytes.dyn_into::<js_sys::Uint8Array>().ok()?.to_vec();
                Some(InputFile::new(name, bytes))
            })
            .collect()
    }

    /// Posts `{ response: "<JSON>", bytes?: Uint8Array }`: the bytes of a
    /// download are transferred beside the JSON instead of inside it.
    fn reply(scope: &web_sys::DedicatedWorkerGlobalScope, response: Response) {
        let (response, bytes) = match response {
            Response::Download { name, mime, bytes } => (
                Response::Download {
                    name,
                    mime,
                    bytes: Vec::new(),
                },
                Some(bytes),
            ),
            other => (other, None),
        };
        let json = serde_json::to_string(&response).unwrap_or_else(|_| "\"Empty\"".to_string());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"response".into(), &json.into());
        let transfer = js_sys::Array::new();
        if let Some(bytes) = bytes {
            let array = js_sys::Uint8Array::from(bytes.as_slice());
            transfer.push(&array.buffer());
            let _ = js_sys::Reflect::set(&message, &"bytes".into(), &array);
        }
        let _ = scope.post_message_with_transfer(&message, &transfer);
    }

    pub fn run() {
        console_error_panic_hook::set_once();
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let session = Rc::new(RefCell::new(Session::new(today())));
        let reply_scope = scope.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let data = event.data();
                let text = js_sys::Reflect::get(&data, &JsValue::from_str("request"))
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default();
                let response = match serde_json::from_str::<Request>(&text) {
                    Ok(request) => session.borrow_mut().handle(request, files_of(&data)),
                    Err(e) => Response::Failed {
                        message: [
                            format!("Permintaan tidak dikenal: {e}"),
                            format!("Unknown request: {e}"),
                        ],
                    },
                };
                reply(&reply_scope, response);
                // Prepares what the next request will likely need while
                // the page handles this answer.
                session.borrow_mut().idle();
            },
        );
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::run();
}
