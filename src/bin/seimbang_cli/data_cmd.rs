//! `template` and `demo`: files to start from.

use std::path::PathBuf;

use seimbang::io::template::template_xlsx;
use seimbang::io::write_csv::write_csv_tables;
use seimbang::io::write_xlsx::write_xlsx;
use seimbang::synth::{SynthConfig, bad_tables, generate};

fn write(path: &PathBuf, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `template OUT.xlsx`.
pub fn cmd_template(args: &[String]) -> Result<(), String> {
    let [out] = args else {
        return Err("template needs exactly one output file, e.g. template.xlsx".into());
    };
    let bytes = template_xlsx().map_err(|e| format!("cannot build the template: {e:?}"))?;
    write(&PathBuf::from(out), &bytes)
}

/// `demo [--employees N] [--seed S] [--bad N] --out DIR`.
pub fn cmd_demo(args: &[String]) -> Result<(), String> {
    let (mut employees, mut seed, mut bad, mut out) = (300usize, 1u64, 0usize, None);
    let mut iter = args.iter();
    let number = |flag: &str, v: Option<&String>| -> Result<u64, String> {
        let v = v.ok_or(format!("{flag} needs a number"))?;
        v.parse::<u64>().map_err(|_| format!("{flag}: `{v}` is not a whole number"))
    };
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--employees" => employees = number("--employees", iter.next())? as usize,
            "--seed" => seed = number("--seed", iter.next())?,
            "--bad" => bad = number("--bad", iter.next())? as usize,
            "--out" => out = Some(PathBuf::from(iter.next().ok_or("--out needs a folder")?)),
            other => return Err(format!("demo: unknown option `{other}`")),
        }
    }
    let out = out.ok_or("demo needs --out DIR")?;
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let data = generate(&SynthConfig::new(employees, seed));
    if bad == 0 {
        for (name, bytes) in write_csv_tables(&data) {
            write(&out.join(name), &bytes)?;
        }
        let xlsx = write_xlsx(&data).map_err(|e| format!("cannot build data.xlsx: {e:?}"))?;
        write(&out.join("data.xlsx"), &xlsx)?;
    } else {
        let (tables, expected) = bad_tables(&data, seed, bad);
        for table in &tables {
            write(&out.join(format!("{}.csv", table.name)), table.to_csv().as_bytes())?;
        }
        let mut list = String::from("table,row,column,what\n");
        for p in &expected {
            list.push_str(&format!("{},{},{},{}\n", p.table, p.row, p.column, p.what));
        }
        write(&out.join("expected-problems.csv"), list.as_bytes())?;
    }
    println!(
        "{} employees, {} units, {} positions written to {}",
        data.employees.len(),
        data.units.len(),
        data.positions.len(),
        out.display()
    );
    Ok(())
}
