using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Web.Charts;

/// <summary>
/// The self-assessment rainbow as inline SVG: one band per arc in its colour, outermost first, each drawn
/// from the left over the top as far as its score out of 5, over a grey track of the full scale. The page
/// puts the same figures in a table beside it.
/// </summary>
public static class RainbowChart
{
    private const double Centre = 230, Outer = 210, Band = 16, Gap = 5;

    public static IHtmlContent Render(string id, string title, IReadOnlyList<(int Arc, decimal? Score)> scores)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 460 250\" class=\"app-rainbow\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        foreach (var arc in Ocwt.Arcs)
        {
            var radius = Outer - (arc.Number - 1) * (Band + Gap);
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{Path(radius, 5)}\" fill=\"none\" stroke=\"#f3f2f1\" stroke-width=\"{Band}\"/>");
            var score = scores.FirstOrDefault(s => s.Arc == arc.Number).Score;
            if (score is { } value)
            {
                var shown = Core.Assessment.MatrixAnalysis.Round(value);
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{Path(radius, (double)Math.Clamp(value, 1m, 5m))}\" fill=\"none\" stroke=\"{arc.ColourHex}\" stroke-width=\"{Band}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{E(arc.Name)}: {shown:0.00}</title></path>");
            }
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Centre}\" y=\"{Centre + 14}\" text-anchor=\"middle\" class=\"app-rainbow__scale\">1 fragmented … 5 integrated and reformed</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A half-circle arc from the left end over the top, as far as <paramref name="score"/> out of 5.</summary>
    private static string Path(double radius, double score)
    {
        var angle = Math.PI - Math.PI * (score / 5);
        var (x0, y0) = (Centre - radius, Centre);
        var (x1, y1) = (Centre + radius * Math.Cos(angle), Centre - radius * Math.Sin(angle));
        return string.Create(CultureInfo.InvariantCulture, $"M {x0:0.##} {y0:0.##} A {radius:0.##} {radius:0.##} 0 0 1 {x1:0.##} {y1:0.##}");
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
