using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OneWorkforce.Web.Forms;

/// <summary>What every GOV.UK form field shares: name, id, label, hint, the error message and the value to show again.</summary>
public abstract class GovukField : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Make the label the page heading (one question per page).</summary>
    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    protected string Name => For.Name;

    protected string Id => FieldId(For.Name);

    public static string FieldId(string name) => name.Replace('.', '-').Replace('[', '-').Replace("]", "");

    protected string? Error =>
        ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>What the person typed (even if it was wrong), otherwise the model's value.</summary>
    protected string? Value =>
        ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : For.Model?.ToString();

    protected IReadOnlySet<string> Values
    {
        get
        {
            if (ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null)
            {
                return entry.RawValue switch
                {
                    string[] many => many.ToHashSet(),
                    string one => new HashSet<string> { one },
                    _ => new HashSet<string>(),
                };
            }
            return For.Model switch
            {
                IEnumerable<string> many => many.ToHashSet(),
                string one => new HashSet<string> { one },
                _ => new HashSet<string>(),
            };
        }
    }

    protected static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    protected string DescribedBy(params string?[] extra)
    {
        var ids = new List<string>();
        if (Hint is not null)
        {
            ids.Add($"{Id}-hint");
        }
        if (Error is not null)
        {
            ids.Add($"{Id}-error");
        }
        ids.AddRange(extra.Where(e => e is not null)!);
        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    protected string HintHtml() => Hint is null ? "" : $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{E(Hint)}</div>";

    protected string ErrorHtml() => Error is null ? "" :
        $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(Error)}</p>";

    protected string LabelHtml()
    {
        var label = $"<label class=\"govuk-label{(LabelIsPageHeading ? " govuk-label--l" : "")}\" for=\"{Id}\">{E(Label)}</label>";
        return LabelIsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected string GroupClass => Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    protected static void Render(TagHelperOutput output, string html)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(html);
    }
}
