//! The app mounts, switches language, and remembers the choice.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn by_testid(id: &str) -> web_sys::HtmlElement {
    document()
        .query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
        .dyn_into()
        .unwrap()
}

/// Lets Leptos run its scheduled effects (they run as tasks after the
/// current one, not synchronously).
async fn settle() {
    for _ in 0..2 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_text_and_is_remembered() {
    seimbang::storage::clear_all().unwrap();
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), seimbang::ui::App);
    settle().await;

    let before = by_testid("home-title").inner_text();
    assert!(
        before.contains("seimbang"),
        "Indonesian title first, got {before:?}"
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("id")
    );

    by_testid("lang-switch").click();
    settle().await;
    let after = by_testid("home-title").inner_text();
    assert_ne!(before, after);
    assert!(
        after.contains("Balanced"),
        "English title after the switch, got {after:?}"
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    let stored: Option<String> = seimbang::storage::load(seimbang::storage::KEY_LANG).unwrap();
    assert_eq!(stored.as_deref(), Some("en"));

    drop(handle);
    host.remove();
    seimbang::storage::clear_all().unwrap();
}

#[wasm_bindgen_test]
fn storage_round_trips_and_clears_only_our_keys() {
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    raw.set_item("other-app", "keep").unwrap();
    seimbang::storage::save("seimbang.test", &vec![1, 2, 3]).unwrap();
    let back: Option<Vec<i32>> = seimbang::storage::load("seimbang.test").unwrap();
    assert_eq!(back, Some(vec![1, 2, 3]));
    seimbang::storage::clear_all().unwrap();
    let gone: Option<Vec<i32>> = seimbang::storage::load("seimbang.test").unwrap();
    assert_eq!(gone, None);
    assert_eq!(raw.get_item("other-app").unwrap().as_deref(), Some("keep"));
    raw.remove_item("other-app").unwrap();
}
