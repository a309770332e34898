//! Line charts drawn on the server as SVG: readable without JavaScript, with a title and a
//! text summary for screen readers, and always shown beside a table of the same numbers.

use std::fmt::Write;

/// Colours that stay apart for readers with colour-blindness (Okabe and Ito's palette).
const COLOURS: [&str; 8] =
    ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442"];

/// The most series a chart draws; the table holds the rest.
pub const MOST_SERIES: usize = COLOURS.len();

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

/// One line: a value per point of the x axis, or none where nothing was reported.
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// A line chart over months.
#[derive(Debug, Clone)]
pub struct LineChart {
    /// Unique on the page, for the SVG's title and description ids.
    pub id: &'static str,
    pub title: String,
    /// What the chart shows, in a sentence or two, for those who cannot see it.
    pub summary: String,
    pub x_labels: Vec<String>,
    pub series: Vec<Series>,
    /// The axis starts at zero and ends at least here.
    pub y_floor_max: f64,
}

/// A legend entry: a series' name and colour.
#[derive(Debug, Clone)]
pub struct Key {
    pub name: String,
    pub colour: &'static str,
}

impl LineChart {
    /// The series' names and colours, for the legend beside the chart.
    pub fn keys(&self) -> Vec<Key> {
        self.series.iter().zip(COLOURS).map(|(s, colour)| Key { name: s.name.clone(), colour }).collect()
    }

    /// The chart as an SVG element, each value on the y axis written by `label`.
    pub fn svg(&self, label: &dyn Fn(f64) -> String) -> String {
        let top = self
            .series
            .iter()
            .flat_map(|s| s.values.iter().flatten())
            .fold(self.y_floor_max, |a, &b| a.max(b));
        let y_max = nice_ceiling(top);
        let points = self.x_labels.len().max(1);
        let plot_w = WIDTH - LEFT - RIGHT;
        let plot_h = HEIGHT - TOP - BOTTOM;
        let x = |i: usize| {
            if points == 1 { LEFT + plot_w / 2.0 } else { LEFT + plot_w * i as f64 / (points - 1) as f64 }
        };
        let y = |v: f64| TOP + plot_h * (1.0 - v / y_max);
        let mut svg = opening(self.id, &self.title, &self.summary);
        for step in 0..=4 {
            let value = y_max * f64::from(step) / 4.0;
            gridline(&mut svg, y(value), &label(value), "#d0d4dc");
        }
        let every = points.div_ceil(6).max(1);
        for (i, label) in self.x_labels.iter().enumerate() {
            if i % every == 0 || i + 1 == points {
                // The last label ends at its point, so that it is not cut off at the edge.
                let anchor = if i + 1 == points && points > 1 { "end" } else { "middle" };
                let _ = write!(
                    svg,
                    r##"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}" font-size="11" fill="#4a5160">{}</text>"##,
                    x(i),
                    HEIGHT - 8.0,
                    escape(label),
                );
            }
        }
        for (series, colour) in self.series.iter().zip(COLOURS) {
            for run in runs(&series.values) {
                if run.len() == 1 {
                    let (i, v) = run[0];
                    let _ =
                        write!(svg, r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{colour}"/>"#, x(i), y(v));
                    continue;
                }
                let line: Vec<String> =
                    run.iter().map(|&(i, v)| format!("{:.1},{:.1}", x(i), y(v))).collect();
                let _ = write!(
                    svg,
                    r#"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"#,
                    line.join(" ")
                );
            }
        }
        svg.push_str("</svg>");
        svg
    }
}

/// Effects by months since entry, each a point with its 95 % interval as a whisker, around a
/// zero line, with entry marked: an event study.
#[derive(Debug, Clone)]
pub struct EffectChart {
    pub id: &'static str,
    pub title: String,
    pub summary: String,
    /// Months since entry, the estimate, and its interval's ends.
    pub points: Vec<(i64, f64, f64, f64)>,
}

impl EffectChart {
    /// The chart as an SVG element, each value on the y axis written by `label`; the points
    /// before entry are drawn hollow (they are the check, not the effect).
    pub fn svg(&self, label: &dyn Fn(f64) -> String) -> String {
        let reach = self.points.iter().map(|p| p.2.abs().max(p.3.abs())).fold(0.0, f64::max);
        let y_max = nice_ceiling(reach);
        let (first, last) = match (self.points.first(), self.points.last()) {
            (Some(a), Some(b)) => (a.0, b.0),
            _ => (0, 0),
        };
        let span = (last - first).max(1) as f64;
        let plot_w = WIDTH - LEFT - RIGHT;
        let plot_h = HEIGHT - TOP - BOTTOM;
        let x = |e: i64| LEFT + plot_w * ((e - first) as f64 + 0.5) / (span + 1.0);
        let y = |v: f64| TOP + plot_h * (1.0 - (v + y_max) / (2.0 * y_max));
        let mut svg = opening(self.id, &self.title, &self.summary);
        for step in -2..=2 {
            let value = y_max * f64::from(step) / 2.0;
            let stroke = if step == 0 { "#4a5160" } else { "#d0d4dc" };
            gridline(&mut svg, y(value), &label(value), stroke);
        }
        let entry = x(0) - plot_w / (span + 1.0) / 2.0;
        let _ = write!(
            svg,
            r##"<line x1="{entry:.1}" y1="{TOP}" x2="{entry:.1}" y2="{:.1}" stroke="#4a5160" stroke-dasharray="4 3"/>"##,
            HEIGHT - BOTTOM
        );
        let every = ((span as usize + 1).div_ceil(12)).max(1) as i64;
        for &(e, estimate, low, high) in &self.points {
            if (e - first) % every == 0 {
                let _ = write!(
                    svg,
                    r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="11" fill="#4a5160">{e}</text>"##,
                    x(e),
                    HEIGHT - 8.0,
                );
            }
            let colour = COLOURS[0];
            let fill = if e < 0 { "#ffffff" } else { colour };
            let _ = write!(
                svg,
                r#"<line x1="{0:.1}" y1="{1:.1}" x2="{0:.1}" y2="{2:.1}" stroke="{colour}" stroke-width="1.5"/><circle cx="{0:.1}" cy="{3:.1}" r="3.5" fill="{fill}" stroke="{colour}" stroke-width="1.5"/>"#,
                x(e),
                y(low),
                y(high),
                y(estimate),
            );
        }
        svg.push_str("</svg>");
        svg
    }
}

/// Horizontal bars, one per label: a handful of figures side by side (what each method of a
/// match round gave), each bar with its value written at its end.
#[derive(Debug, Clone)]
pub struct BarChart {
    pub id: &'static str,
    pub title: String,
    pub summary: String,
    /// Each bar's label, its value, and the value as written.
    pub bars: Vec<(String, f64, String)>,
}

impl BarChart {
    /// The chart as an SVG element; bars start at zero.
    pub fn svg(&self) -> String {
        // Narrower than the line charts, so that on a phone the labels stay readable.
        const WIDTH: f64 = 480.0;
        const BAR: f64 = 24.0;
        const GAP: f64 = 10.0;
        const LABEL: f64 = 200.0;
        let height = TOP + (BAR + GAP) * self.bars.len() as f64 + 4.0;
        let top = self.bars.iter().map(|b| b.1).fold(0.0, f64::max);
        let top = if top > 0.0 { top } else { 1.0 };
        let plot_w = WIDTH - LABEL - RIGHT - 60.0;
        let mut svg = format!(
            r#"<svg class="chart" viewBox="0 0 {WIDTH} {height:.0}" role="img" aria-labelledby="{0}-title {0}-desc" xmlns="http://www.w3.org/2000/svg"><title id="{0}-title">{1}</title><desc id="{0}-desc">{2}</desc>"#,
            self.id,
            escape(&self.title),
            escape(&self.summary),
        );
        for (i, (label, value, written)) in self.bars.iter().enumerate() {
            let y = TOP + (BAR + GAP) * i as f64;
            let w = (plot_w * value.max(0.0) / top).max(1.0);
            let colour = COLOURS[i % COLOURS.len()];
            let _ = write!(
                svg,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="15" fill="#1f2430">{}</text><rect x="{LABEL}" y="{y:.1}" width="{w:.1}" height="{BAR}" fill="{colour}"/><text x="{:.1}" y="{:.1}" font-size="15" fill="#1f2430">{}</text>"##,
                LABEL - 8.0,
                y + BAR * 0.7,
                escape(label),
                LABEL + w + 6.0,
                y + BAR * 0.7,
                escape(written),
            );
        }
        svg.push_str("</svg>");
        svg
    }
}

/// A chart's opening tag with its title and its text summary, named for screen readers.
fn opening(id: &str, title: &str, summary: &str) -> String {
    format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(summary),
    )
}

/// A horizontal line across the plot at height `at`, labelled on the y axis.
fn gridline(svg: &mut String, at: f64, label: &str, stroke: &str) {
    let _ = write!(
        svg,
        r##"<line x1="{LEFT}" y1="{at:.1}" x2="{:.1}" y2="{at:.1}" stroke="{stroke}" stroke-width="1"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="11" fill="#4a5160">{}</text>"##,
        WIDTH - RIGHT,
        LEFT - 6.0,
        at + 4.0,
        escape(label),
    );
}

/// The runs of consecutive points with a value: a month without reports breaks the line.
fn runs(values: &[Option<f64>]) -> Vec<Vec<(usize, f64)>> {
    let mut runs = Vec::new();
    let mut run = Vec::new();
    for (i, value) in values.iter().enumerate() {
        match value {
            Some(v) => run.push((i, *v)),
            None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// The smallest of 1, 2, 2.5 or 5 times a power of ten at or above `value`.
fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&c| c >= value - 1e-9)
        .unwrap_or(10.0 * power)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_chart_draws_each_bar_to_scale_with_its_value_written_and_escaped() {
        let chart = BarChart {
            id: "served",
            title: "Firms served".into(),
            summary: "Best 10, first come 5".into(),
            bars: vec![("Best".into(), 10.0, "10".into()), ("First <come>".into(), 5.0, "5".into())],
        };
        let svg = chart.svg();
        assert!(svg.contains(r#"aria-labelledby="served-title served-desc""#));
        assert!(svg.contains("First &lt;come&gt;"));
        let widths: Vec<f64> = svg
            .match_indices("<rect")
            .map(|(at, _)| {
                let rest = &svg[at..];
                let start = rest.find("width=\"").unwrap() + 7;
                rest[start..start + rest[start..].find('"').unwrap()].parse().unwrap()
            })
            .collect();
        assert_eq!(widths.len(), 2);
        assert!((widths[0] / widths[1] - 2.0).abs() < 1e-6);
    }

    fn chart(series: Vec<Series>) -> LineChart {
        LineChart {
            id: "index",
            title: "Recovery <index>".into(),
            summary: "Fell & rose".into(),
            x_labels: vec!["Jan".into(), "Feb".into(), "Mar".into()],
            series,
            y_floor_max: 1.0,
        }
    }

    #[test]
    fn a_chart_has_an_escaped_title_and_summary_and_a_line_per_run_of_reported_months() {
        let svg = chart(vec![Series { name: "GH".into(), values: vec![Some(0.5), None, Some(0.9)] }])
            .svg(&|v| format!("{v}"));
        assert!(svg.contains("<title id=\"index-title\">Recovery &lt;index&gt;</title>"));
        assert!(svg.contains("<desc id=\"index-desc\">Fell &amp; rose</desc>"));
        assert_eq!(svg.matches("<circle").count(), 2, "a gap leaves two single months");
        assert_eq!(svg.matches("<polyline").count(), 0);
        let svg = chart(vec![Series { name: "GH".into(), values: vec![Some(0.5), Some(0.7), Some(0.9)] }])
            .svg(&|v| format!("{v}"));
        assert_eq!(svg.matches("<polyline").count(), 1);
    }

    #[test]
    fn an_event_study_draws_a_whisker_per_month_hollow_before_entry_around_zero() {
        let chart = EffectChart {
            id: "effect",
            title: "Effect".into(),
            summary: "Grows".into(),
            points: vec![
                (-2, 0.01, -0.02, 0.03),
                (-1, 0.0, -0.02, 0.02),
                (0, 0.03, 0.01, 0.05),
                (1, 0.05, 0.02, 0.08),
            ],
        };
        let svg = chart.svg(&|v| format!("{v}"));
        assert_eq!(svg.matches("<circle").count(), 4);
        assert_eq!(svg.matches(r##"fill="#ffffff""##).count(), 2, "the two months before entry");
        assert!(svg.contains(">-0.1<") && svg.contains(">0.1<"), "the axis is symmetric around zero");
        assert!(svg.contains("stroke-dasharray"), "entry is marked");
    }

    #[test]
    fn the_axis_ends_at_a_round_number_above_every_value() {
        assert_eq!(nice_ceiling(0.93), 1.0);
        assert_eq!(nice_ceiling(1.3), 2.0);
        assert_eq!(nice_ceiling(2.2), 2.5);
        assert_eq!(nice_ceiling(4100.0), 5000.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
    }
}
