using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Web.Forms;

/// <summary>GOV.UK radios or checkboxes in a fieldset, from a code list. The first item's id is the field's id, so the error summary links to it.</summary>
public abstract class GovukChoices : GovukField
{
    public required IEnumerable<CodeListItem> Items { get; set; }

    /// <summary>Show the choices side by side (for two short choices).</summary>
    public bool Inline { get; set; }

    protected abstract string Kind { get; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var chosen = Values;
        var html = new StringBuilder();
        html.Append($"<div class=\"{GroupClass}\"><fieldset class=\"govuk-fieldset\"{DescribedBy()}>");
        html.Append(LabelIsPageHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{E(Label)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{E(Label)}</legend>");
        html.Append(HintHtml()).Append(ErrorHtml());
        html.Append($"<div class=\"govuk-{Kind}{(Inline ? $" govuk-{Kind}--inline" : "")}\" data-module=\"govuk-{Kind}\">");
        var index = 0;
        foreach (var item in Items)
        {
            var itemId = index++ == 0 ? Id : $"{Id}-{index}";
            var hintId = item.Hint is null ? null : $"{itemId}-item-hint";
            html.Append($"<div class=\"govuk-{Kind}__item\">");
            html.Append($"<input class=\"govuk-{Kind}__input\" id=\"{itemId}\" name=\"{E(Name)}\" type=\"{(Kind == "radios" ? "radio" : "checkbox")}\" value=\"{E(item.Code)}\"{(chosen.Contains(item.Code) ? " checked" : "")}{(hintId is null ? "" : $" aria-describedby=\"{hintId}\"")}>");
            html.Append($"<label class=\"govuk-label govuk-{Kind}__label\" for=\"{itemId}\">{E(item.Label)}</label>");
            if (hintId is not null)
            {
                html.Append($"<div id=\"{hintId}\" class=\"govuk-hint govuk-{Kind}__hint\">{E(item.Hint)}</div>");
            }
            html.Append("</div>");
        }
        html.Append("</div></fieldset></div>");
        Render(output, html.ToString());
    }
}

[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper : GovukChoices
{
    protected override string Kind => "radios";
}

[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxesTagHelper : GovukChoices
{
    protected override string Kind => "checkboxes";
}
