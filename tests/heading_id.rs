//! Every row of Hugo's heading-ID table (tests/data/heading-ids.tsv).

mod common;

use common::shared;
use recap::Options;

#[test]
fn heading_ids_follow_hugos_github_style() {
    let _ = shared("");
    let table = include_str!("data/heading-ids.tsv");
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with(';') && !l.trim().is_empty()) {
        let (markdown, ids) = line.split_once('\t').expect("a tab between the columns");
        let markdown = markdown.replace("\\n", "\n");
        let expected: Vec<&str> = ids.split(' ').collect();
        let html = recap::internals::markdown::render_with(&markdown, &Options::default(), None)
            .blocks
            .into_iter()
            .map(|b| b.html)
            .collect::<String>();
        let doc = scraper::Html::parse_fragment(&html);
        let selector = scraper::Selector::parse("h1, h2, h3, h4, h5, h6").unwrap();
        let actual: Vec<String> = doc.select(&selector).map(|h| h.value().attr("id").unwrap_or("").to_owned()).collect();
        assert_eq!(actual, expected, "the headings of {markdown:?} should have Hugo's IDs");
        rows += 1;
    }
    assert_eq!(rows, 23, "every row of the table ran");
}
