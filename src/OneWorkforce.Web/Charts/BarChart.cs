using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace OneWorkforce.Web.Charts;

/// <summary>One bar: a label, stacked segments, and an optional note written after it.</summary>
public sealed record Bar(string Label, IReadOnlyList<(double Value, string Colour)> Segments, string? Note = null);

/// <summary>
/// A horizontal bar chart as inline SVG with a text title for screen readers. Pages always put the
/// same figures in a table beside it, so colour is never the only way to read them.
/// </summary>
public static class BarChart
{
    public static IHtmlContent Render(string id, string title, IReadOnlyList<Bar> bars, int labelWidth = 300, int barWidth = 280)
    {
        var most = Math.Max(1e-9, bars.Max(b => b.Segments.Sum(s => s.Value)));
        var height = bars.Count * 34 + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {labelWidth + barWidth + 80} {height}\" class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * 34 + 5;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 19}\" class=\"app-chart__label\">{E(Shorten(bar.Label, 40))}</text>");
            double x = labelWidth;
            foreach (var (value, colour) in bar.Segments)
            {
                var width = value / most * barWidth;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"26\" fill=\"{colour}\"/>");
                x += width;
            }
            if (bar.Note is not null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.#}\" y=\"{y + 19}\" class=\"app-chart__note\">{E(bar.Note)}</text>");
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string text, int length) => text.Length > length ? text[..(length - 1)] + "…" : text;

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
