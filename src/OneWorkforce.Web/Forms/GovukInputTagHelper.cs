using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OneWorkforce.Web.Forms;

/// <summary><c>&lt;govuk-input asp-for="Input.Email" label="Email address" type="email" autocomplete="email" /&gt;</c></summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukField
{
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    /// <summary>A width class such as <c>govuk-input--width-20</c>.</summary>
    public string? Width { get; set; }
    public bool Spellcheck { get; set; } = true;
    public string? Inputmode { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-input" + (Width is null ? "" : " " + Width) + (Error is null ? "" : " govuk-input--error");
        var value = Type == "password" ? "" : Value;
        var extra = (Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"")
                    + (Spellcheck ? "" : " spellcheck=\"false\"")
                    + (Inputmode is null ? "" : $" inputmode=\"{E(Inputmode)}\"");
        Render(output, $"<div class=\"{GroupClass}\">{LabelHtml()}{HintHtml()}{ErrorHtml()}" +
            $"<input class=\"{classes}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"{E(Type)}\" value=\"{E(value)}\"{DescribedBy()}{extra}></div>");
    }
}
