using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OneWorkforce.Web.Forms;

[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukField
{
    public int Rows { get; set; } = 5;

    /// <summary>Encodes each line but keeps the line breaks, which the HTML encoder would escape.</summary>
    private static string Lines(string? value) =>
        string.Join("\n", (value ?? "").Replace("\r\n", "\n").Split('\n').Select(E));

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-textarea" + (Error is null ? "" : " govuk-textarea--error");
        Render(output, $"<div class=\"{GroupClass}\">{LabelHtml()}{HintHtml()}{ErrorHtml()}" +
            $"<textarea class=\"{classes}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\"{DescribedBy()}>{Lines(Value)}</textarea></div>");
    }
}
