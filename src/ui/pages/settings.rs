//! Pengaturan: every setting of data-format.md with a one-line explanation
//! and its source, validated as typed exactly as the file reader validates
//! it, applied to the loaded data on "Simpan".

use leptos::prelude::*;

use crate::i18n::problems::message;
use crate::i18n::{Text, t};
use crate::io::sheet::Cell;
use crate::io::tables::apply_setting;
use crate::io::write::{SETTING_KEYS, settings_text};
use crate::io::{Problem, ProblemKind, Table};
use crate::model::Settings;
use crate::session::Request;
use crate::ui::{AppState, Busy};

/// One setting on the screen.
pub struct Field {
    /// Its `pengaturan` key.
    pub key: &'static str,
    /// Label in Indonesian and English.
    pub label: [&'static str; 2],
    /// One-line explanation with its source, in Indonesian and English.
    pub help: [&'static str; 2],
    /// Values offered as one-click choices: (value, label per language).
    pub presets: &'static [(&'static str, [&'static str; 2])],
}

/// Every setting of data-format.md, in its order.
pub const FIELDS: &[Field] = &[
    Field {
        key: "tanggal_acuan",
        label: ["Tanggal acuan", "Reference date"],
        help: [
            "Tanggal untuk menghitung masa jabatan dan pensiun (YYYY-MM-DD); kosong = hari ini.",
            "Date used for time in post and retirement (YYYY-MM-DD); empty = today.",
        ],
        presets: &[],
    },
    Field {
        key: "jam_kerja_efektif",
        label: [
            "Jam kerja efektif per tahun",
            "Effective working hours per year",
        ],
        help: [
            "Jam kerja efektif satu pegawai setahun; kebutuhan = beban kerja ÷ angka ini.",
            "Effective hours of one employee per year; need = workload ÷ this number.",
        ],
        presets: &[
            (
                "1250",
                ["1250 (PermenPANRB 1/2020)", "1250 (PermenPANRB 1/2020)"],
            ),
            ("1300", ["1300", "1300"]),
            ("1200", ["1200", "1200"]),
        ],
    },
    Field {
        key: "masa_jabatan_min_tahun",
        label: [
            "Masa jabatan minimal (tahun)",
            "Minimum time in post (years)",
        ],
        help: [
            "Pegawai baru dapat dimutasi setelah sekian tahun pada jabatannya (lazimnya 2).",
            "Employees may move only after this many years in their position (usually 2).",
        ],
        presets: &[],
    },
    Field {
        key: "usia_pensiun",
        label: ["Usia pensiun", "Retirement age"],
        help: [
            "Batas usia pensiun bila jabatan tidak mencantumkan BUP (UU ASN: 58 atau 60).",
            "Retirement age when the position gives no BUP (ASN law: 58 or 60).",
        ],
        presets: &[],
    },
    Field {
        key: "lindungi_pensiun_bulan",
        label: [
            "Perlindungan menjelang pensiun (bulan)",
            "Protection before retirement (months)",
        ],
        help: [
            "Pegawai yang pensiun dalam sekian bulan tidak dimutasi.",
            "Employees retiring within this many months are not moved.",
        ],
        presets: &[],
    },
    Field {
        key: "bobot_mutasi",
        label: ["Bobot mutasi (α)", "Move weight (α)"],
        help: [
            "Biaya setiap mutasi dalam skor: makin besar, makin sedikit mutasi yang diusulkan.",
            "Cost of each move in the score: the larger, the fewer moves are proposed.",
        ],
        presets: &[],
    },
    Field {
        key: "bobot_jarak_km",
        label: ["Bobot jarak per km (β)", "Distance weight per km (β)"],
        help: [
            "Biaya setiap kilometer perpindahan tempat kerja.",
            "Cost of each kilometre between the old and the new workplace.",
        ],
        presets: &[],
    },
    Field {
        key: "bobot_pilihan",
        label: ["Bobot pilihan pegawai (γ)", "Wish weight (γ)"],
        help: [
            "Nilai setiap poin pilihan pegawai yang terpenuhi (pilihan 1 = 3 poin).",
            "Value of each point of an employee's wish that is met (first wish = 3 points).",
        ],
        presets: &[],
    },
    Field {
        key: "bobot_kompetensi",
        label: ["Bobot kompetensi (ζ)", "Competency weight (ζ)"],
        help: [
            "Biaya setiap kompetensi yang dibutuhkan unit tujuan tetapi tidak dimiliki pegawai.",
            "Cost of each competency the target requires that the employee lacks.",
        ],
        presets: &[],
    },
    Field {
        key: "jarak_maks_km",
        label: ["Jarak maksimal (km)", "Maximum distance (km)"],
        help: [
            "Tidak ada mutasi lebih jauh dari ini; kosong = tanpa batas.",
            "No move longer than this; empty = no limit.",
        ],
        presets: &[],
    },
    Field {
        key: "maks_mutasi",
        label: ["Jumlah mutasi maksimal", "Maximum number of moves"],
        help: [
            "Batas jumlah mutasi dalam satu putaran; kosong = tanpa batas.",
            "At most this many moves in one round; empty = no limit.",
        ],
        presets: &[],
    },
    Field {
        key: "masa_jabatan_maks_tahun",
        label: [
            "Masa jabatan untuk rotasi (tahun)",
            "Years in post before rotation is due",
        ],
        help: [
            "Setelah sekian tahun pegawai sudah waktunya dirotasi (PP 11/2017 Pasal 190).",
            "After this many years in post rotation is due (PP 11/2017 article 190).",
        ],
        presets: &[],
    },
    Field {
        key: "bobot_rotasi",
        label: ["Bobot rotasi (δ)", "Rotation weight (δ)"],
        help: [
            "Nilai memutasi pegawai yang sudah waktunya dirotasi; 0 = tidak diperhitungkan.",
            "Value of moving an employee whose rotation is due; 0 = not considered.",
        ],
        presets: &[],
    },
    Field {
        key: "pppk_boleh_mutasi",
        label: ["PPPK boleh dimutasi (1/0)", "PPPK may move (1/0)"],
        help: [
            "0 = pegawai PPPK tidak pernah dimutasi.",
            "0 = PPPK employees never move.",
        ],
        presets: &[("1", ["1 — ya", "1 — yes"]), ("0", ["0 — tidak", "0 — no"])],
    },
    Field {
        key: "predikat_min",
        label: ["Predikat kinerja minimal", "Minimum performance rating"],
        help: [
            "Pegawai dengan predikat di bawah ini tidak dimutasi (mis. Baik); kosong = semua.",
            "Employees rated below this never move (e.g. Baik); empty = everyone.",
        ],
        presets: &[],
    },
    Field {
        key: "masa_larangan_mulai",
        label: ["Masa larangan mutasi: mulai", "Moratorium: start"],
        help: [
            "Awal masa (mis. menjelang pilkada) ketika mutasi perlu izin Mendagri.",
            "Start of a period (e.g. before a regional election) in which moves need Mendagri approval.",
        ],
        presets: &[],
    },
    Field {
        key: "masa_larangan_selesai",
        label: ["Masa larangan mutasi: selesai", "Moratorium: end"],
        help: ["Akhir masa tersebut.", "End of that period."],
        presets: &[],
    },
];

/// Builds settings from the typed texts: every field validated as the
/// reader does; the errors per key.
fn validate(texts: &[(&'static str, String)]) -> (Settings, Vec<(&'static str, Problem)>) {
    let mut settings = Settings::default();
    let mut errors = Vec::new();
    for (key, text) in texts {
        if text.trim().is_empty() {
            continue;
        }
        if let Some(Err(kind)) = apply_setting(&mut settings, key, &Cell::Text(text.clone()), false)
        {
            errors.push((
                *key,
                Problem::error(Table::Pengaturan, None, Some("nilai"), kind),
            ));
        }
    }
    if let (Some(start), Some(end)) = (settings.moratorium_start, settings.moratorium_end)
        && end < start
    {
        errors.push((
            "masa_larangan_selesai",
            Problem::error(
                Table::Pengaturan,
                None,
                Some("nilai"),
                ProblemKind::PeriodEndsBeforeStart,
            ),
        ));
    }
    (settings, errors)
}

/// The settings screen.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let current = move || state.overview.get().map(|o| o.settings).unwrap_or_default();
    let texts = RwSignal::new(settings_text(&current()));
    // New data brings its own settings.
    Effect::new(move |_| texts.set(settings_text(&current())));
    let checked = Memo::new(move |_| texts.with(|t| validate(t)));
    let saved = RwSignal::new(false);

    let save = move |_| {
        let (settings, errors) = checked.get_untracked();
        if !errors.is_empty() {
            return;
        }
        state.request(Request::SetSettings(Box::new(settings)), move |response| {
            if response == crate::session::Response::Loaded {
                saved.set(true);
                state.data_changed();
            }
        });
    };

    view! {
        <section class="settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{tr(Text::SettingsTitle)}</h1>
            <p class="lede">{tr(Text::SettingsIntro)}</p>
            {move || state.overview.get().is_none().then(|| view! {
                <p class="notice">{tr(Text::SettingsNoData)}</p>
            })}
            <form class="settings__form" on:submit=move |ev| { ev.prevent_default(); save(()); }>
                {FIELDS.iter().map(|field| {
                    let key = field.key;
                    let i = SETTING_KEYS.iter().position(|k| *k == key).unwrap_or(0);
                    let id = format!("setting-{key}");
                    let help_id = format!("{id}-help");
                    let error = move || checked.with(|(_, errors)| {
                        errors.iter().find(|(k, _)| *k == key).map(|(_, p)| message(lang.get(), p))
                    });
                    view! {
                        <div class="field" class:field--invalid=move || error().is_some()>
                            <label class="field__label" for=id.clone()>
                                {move || lang.get().pick(&field.label)}
                                " "
                                <code class="field__key">{key}</code>
                            </label>
                            <input
                                id=id.clone()
                                class="field__input"
                                data-testid=id.clone()
                                aria-describedby=help_id.clone()
                                aria-invalid=move || error().is_some().to_string()
                                prop:value=move || texts.with(|t| t[i].1.clone())
                                on:input=move |ev| {
                                    saved.set(false);
                                    texts.update(|t| t[i].1 = event_target_value(&ev));
                                }
                            />
                            {(!field.presets.is_empty()).then(|| view! {
                                <div class="field__presets">
                                    {field.presets.iter().map(|&(value, label)| view! {
                                        <button type="button" class="button button--small"
                                            on:click=move |_| {
                                                saved.set(false);
                                                texts.update(|t| t[i].1 = value.to_string());
                                            }>
                                            {move || lang.get().pick(&label)}
                                        </button>
                                    }).collect_view()}
                                </div>
                            })}
                            <p class="field__help" id=help_id>{move || lang.get().pick(&field.help)}</p>
                            {move || error().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
                        </div>
                    }
                }).collect_view()}
                <div class="settings__actions">
                    <button
                        type="submit"
                        class="button button--primary"
                        data-testid="settings-save"
                        disabled=move || {
                            state.overview.get().is_none()
                                || state.busy.get() == Busy::Working
                                || checked.with(|(_, e)| !e.is_empty())
                        }
                    >
                        {tr(Text::SettingsSave)}
                    </button>
                    <button type="button" class="button" on:click=move |_| texts.set(settings_text(&Settings::default()))>
                        {tr(Text::SettingsDefaults)}
                    </button>
                    {move || saved.get().then(|| view! { <p class="notice notice--ok" role="status">{tr(Text::SettingsSaved)}</p> })}
                </div>
            </form>
        </section>
    }
}
