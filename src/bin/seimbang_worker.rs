//! The Web Worker that keeps the page responsive: it owns one
//! [`Session`](seimbang::session::Session) and answers the page's requests,
//! so parsing large files and planning never run on the page's thread.
//!
//! On a machine with more than one core it starts helpers (this same
//! worker, started under the name `seimbang-helper`) and plans the jabatan
//! in parallel: a plan request's jabatan are dealt into shares
//! ([`Session::plan_shares`](seimbang::session::Session::plan_shares)),
//! each helper solves one, this worker solves the first, and the request is
//! answered once all are back, with the plan one worker alone would make.
//! Page messages that arrive meanwhile wait and are answered in order. A
//! helper that fails is dropped and its jabatan are solved here.
//!
//! Protocol: the page posts `{ request: "<JSON of session::Request>",
//! files: [{ name, bytes: Uint8Array }] }`; the worker answers with
//! `{ response: "<JSON of session::Response>", bytes?: Uint8Array }` (the
//! bytes of a download travel beside the JSON). Nothing here touches storage or the
//! network; the page decides what to keep.

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;

    use seimbang::engine::{Share, SharePlans, solve_share};
    use seimbang::io::InputFile;
    use seimbang::model::Date;
    use seimbang::session::{MAX_PLANNING_THREADS, Request, Response, Session};
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

    /// The name a helper is started under: a worker with it solves shares
    /// of a plan (see [`Session::plan_shares`]) instead of owning a session.
    const HELPER_NAME: &str = "seimbang-helper";
    /// At most this many helpers, however many cores the machine reports:
    /// with this worker, [`MAX_PLANNING_THREADS`].
    const MAX_HELPERS: usize = MAX_PLANNING_THREADS - 1;

    /// The session worker's state.
    struct State {
        session: Session,
        /// Helper workers by index; `None` once one has failed.
        helpers: Vec<Option<web_sys::Worker>>,
        /// A plan request whose shares the helpers are solving.
        waiting: Option<Waiting>,
        /// Page messages that arrived while waiting, answered in order after.
        queue: VecDeque<JsValue>,
        /// Counts shared plans, so a late answer of an earlier one is
        /// never taken for the current one.
        round: f64,
    }

    /// A plan request waiting for its helpers.
    struct Waiting {
        request: Request,
        round: f64,
        /// (helper, the share it is solving), until it answers.
        out: Vec<(usize, Share)>,
    }

    fn field(data: &JsValue, name: &str) -> JsValue {
        js_sys::Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }

    impl State {
        /// Shares the plan `request` asks for between this worker and the
        /// helpers: posts a share to each live helper, solves the first
        /// share here, and waits for the helpers. Returns false when there
        /// is nothing to share (or no helper took a share): then the
        /// request is handled at once, solving whatever is left.
        fn start_shared(&mut self, request: &Request) -> bool {
            let live: Vec<usize> = (0..self.helpers.len())
                .filter(|&h| self.helpers[h].is_some())
                .collect();
            if live.is_empty() {
                return false;
            }
            let shares = self.session.plan_shares(request, 1 + live.len());
            if shares.len() < 2 {
                return false;
            }
            self.round += 1.0;
            let mut shares = shares.into_iter();
            let here = shares.next();
            let mut out = Vec::new();
            for (share, h) in shares.zip(live) {
                let Some(helper) = &self.helpers[h] else {
                    continue;
                };
                // As words in a transferred buffer: nothing to parse there.
                let words = js_sys::Uint32Array::from(&share.to_words()[..]);
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"share".into(), &words);
                let _ = js_sys::Reflect::set(&message, &"round".into(), &self.round.into());
                let transfer = js_sys::Array::of1(&words.buffer());
                if helper
                    .post_message_with_transfer(&message, &transfer)
                    .is_ok()
                {
                    out.push((h, share));
                }
            }
            if let Some(here) = here {
                self.session.solve_share(&here);
            }
            if out.is_empty() {
                return false;
            }
            self.waiting = Some(Waiting {
                request: request.clone(),
                round: self.round,
                out,
            });
            true
        }
    }

    /// Answers one page message, or starts sharing its plan out.
    fn process(
        state: &Rc<RefCell<State>>,
        scope: &web_sys::DedicatedWorkerGlobalScope,
        data: JsValue,
    ) {
        let text = field(&data, "request").as_string().unwrap_or_default();
        let mut st = state.borrow_mut();
        let response = match serde_json::from_str::<Request>(&text) {
            Ok(request) => {
                let files = files_of(&data);
                if files.is_empty() && st.start_shared(&request) {
                    return;
                }
                st.session.handle(request, files)
            }
            Err(e) => Response::Failed {
                message: [
                    format!("Permintaan tidak dikenal: {e}"),
                    format!("Unknown request: {e}"),
                ],
            },
        };
        reply(scope, response);
        // Prepares what the next request will likely need while the page
        // handles this answer.
        st.session.idle();
    }

    /// A helper's answer (`None`: the helper failed and is dropped). Once
    /// every share is back, the waiting request is answered (solving any
    /// share whose answer did not fit) and the queued messages follow.
    fn on_helper(
        state: &Rc<RefCell<State>>,
        scope: &web_sys::DedicatedWorkerGlobalScope,
        h: usize,
        data: Option<JsValue>,
    ) {
        {
            let mut st = state.borrow_mut();
            if data.is_none()
                && let Some(helper) = st.helpers[h].take()
            {
                helper.terminate();
            }
            let st = &mut *st;
            let Some(waiting) = &mut st.waiting else {
                return;
            };
            if let Some(data) = &data
                && field(data, "round").as_f64() != Some(waiting.round)
            {
                return;
            }
            let Some(at) = waiting.out.iter().position(|(i, _)| *i == h) else {
                return;
            };
            let (_, share) = waiting.out.swap_remove(at);
            let plans = data
                .and_then(|d| field(&d, "plans").as_string())
                .and_then(|json| serde_json::from_str::<SharePlans>(&json).ok());
            if let Some(plans) = plans {
                st.session.accept_share(&share, plans);
            }
            if !waiting.out.is_empty() {
                return;
            }
            let Some(waiting) = st.waiting.take() else {
                return;
            };
            let response = st.session.handle(waiting.request, Vec::new());
            reply(scope, response);
            st.session.idle();
        }
        loop {
            let next = {
                let mut st = state.borrow_mut();
                if st.waiting.is_some() {
                    break;
                }
                st.queue.pop_front()
            };
            match next {
                Some(data) => process(state, scope, data),
                None => break,
            }
        }
    }

    /// Starts up to [`MAX_HELPERS`] helpers, one per core beyond this one.
    fn start_helpers(state: &Rc<RefCell<State>>, scope: &web_sys::DedicatedWorkerGlobalScope) {
        let cores = scope.navigator().hardware_concurrency() as usize;
        for h in 0..cores.saturating_sub(1).min(MAX_HELPERS) {
            let options = web_sys::WorkerOptions::new();
            options.set_name(HELPER_NAME);
            let Ok(helper) = web_sys::Worker::new_with_options("./worker-loader.js", &options)
            else {
                return;
            };
            let (st, sc) = (state.clone(), scope.clone());
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| on_helper(&st, &sc, h, Some(event.data())),
            );
            helper.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            let (st, sc) = (state.clone(), scope.clone());
            let on_error =
                Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                    event.prevent_default();
                    on_helper(&st, &sc, h, None);
                });
            helper.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            helper.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
            on_error.forget();
            state.borrow_mut().helpers.push(Some(helper));
        }
    }

    /// A helper: answers `{ share, round }` (the share as the words of
    /// [`Share::to_words`] in a `Uint32Array`) with `{ plans, round }` (the
    /// JSON of [`SharePlans`]) or `{ failed, round }`.
    fn run_helper(scope: web_sys::DedicatedWorkerGlobalScope) {
        let reply_scope = scope.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let data = event.data();
                let words = field(&data, "share")
                    .dyn_into::<js_sys::Uint32Array>()
                    .map(|a| a.to_vec())
                    .unwrap_or_default();
                let answer = Share::from_words(&words)
                    .ok_or_else(|| "not a share".to_string())
                    .and_then(|share| solve_share(&share).map_err(|e| e.to_string()))
                    .and_then(|plans| serde_json::to_string(&plans).map_err(|e| e.to_string()));
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"round".into(), &field(&data, "round"));
                let (key, value) = match answer {
                    Ok(json) => ("plans", json),
                    Err(e) => ("failed", e),
                };
                let _ = js_sys::Reflect::set(&message, &key.into(), &value.into());
                let _ = reply_scope.post_message(&message);
            },
        );
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
    }

    pub fn run() {
        console_error_panic_hook::set_once();
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        if scope.name() == HELPER_NAME {
            run_helper(scope);
            return;
        }
        let state = Rc::new(RefCell::new(State {
            session: Session::new(today()),
            helpers: Vec::new(),
            waiting: None,
            queue: VecDeque::new(),
            round: 0.0,
        }));
        start_helpers(&state, &scope);
        let (st, sc) = (state.clone(), scope.clone());
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let data = event.data();
                let waiting = st.borrow().waiting.is_some();
                if waiting {
                    st.borrow_mut().queue.push_back(data);
                } else {
                    process(&st, &sc, data);
                }
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
