using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OneWorkforce.Web.Forms;

/// <summary>The GOV.UK error summary: "There is a problem", each error linking to its field.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var errors = ViewContext.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => (Field: e.Key, Message: e.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        var html = new StringBuilder();
        html.Append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">");
        html.Append("<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">");
        html.Append("<ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (field, message) in errors)
        {
            var text = HtmlEncoder.Default.Encode(message);
            html.Append(field.Length == 0
                ? $"<li>{text}</li>"
                : $"<li><a href=\"#{GovukField.FieldId(field)}\">{text}</a></li>");
        }
        html.Append("</ul></div></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
