//! Figures read straight from the CSVs in content/data and formatted here, independently of the app's
//! parser and formats, so the chart tests compare the app against the sources.

/// A figure from a CSV in content/data, read here independently of the app's parser.
pub fn csv_cell(file: &str, key_column: &str, key: &str, column: &str) -> Option<f64> {
    let text = std::fs::read_to_string(format!(
        "{}/content/data/{file}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let key_index = header.iter().position(|h| *h == key_column).unwrap();
    let index = header.iter().position(|h| *h == column).unwrap();
    let line = lines.find(|l| l.split(',').nth(key_index) == Some(key))?;
    line.split(',').nth(index)?.parse().ok()
}

/// Every row of a CSV in content/data as cells, honouring quotes (independent of the app's parser).
pub fn csv_rows(file: &str) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(format!(
        "{}/content/data/{file}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let split = |line: &str| {
        let (mut out, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => out.push(std::mem::take(&mut cell)),
                c => cell.push(c),
            }
        }
        out.push(cell);
        out
    };
    let mut lines = text.lines();
    let header = split(lines.next().unwrap());
    lines
        .filter(|l| !l.is_empty())
        .map(|l| header.iter().cloned().zip(split(l)).collect())
        .collect()
}

pub fn number(row: &std::collections::HashMap<String, String>, column: &str) -> f64 {
    row[column].parse().unwrap()
}

/// The years of a yearly CSV in content/data, in file order.
pub fn csv_years(file: &str) -> Vec<u16> {
    csv_rows(file)
        .iter()
        .map(|r| r["year"].parse().unwrap())
        .collect()
}

/// `$78.9 bn` from positive $ millions, written independently of the app's formats.
pub fn billions(musd: f64) -> String {
    let billions = (musd / 100.0).round() / 10.0;
    format!("${billions:.1} bn")
}

/// `¥22.3 tn` from positive ¥ millions, written independently of the app's formats.
pub fn trillions_of_yen(million_yen: f64) -> String {
    let trillions = (million_yen / 100_000.0).round() / 10.0;
    format!("¥{trillions:.1} tn")
}

/// `64,924.4`: one decimal, thousands separated, written independently of the app's formats.
pub fn with_separators(value: f64) -> String {
    let text = format!("{value:.1}");
    let (whole, fraction) = text.split_once('.').unwrap();
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (i, digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*digit);
    }
    format!("{out}.{fraction}")
}
