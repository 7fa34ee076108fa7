//! The browser entry point that Trunk builds: a panic hook, then mount the
//! app. Nothing else lives here.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(seimbang::ui::App);
}
