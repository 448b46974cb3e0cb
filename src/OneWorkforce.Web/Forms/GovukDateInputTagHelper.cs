using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OneWorkforce.Web.Forms;

/// <summary><c>&lt;govuk-date-input asp-for="Input.Start" label="Start date" hint="For example, 1 1 2026" /&gt;</c> over a <see cref="DateParts"/>.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukField
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var parts = For.Model as DateParts ?? new DateParts();
        string Box(string part, string label, string? value, string width) =>
            $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">" +
            $"<label class=\"govuk-label govuk-date-input__label\" for=\"{Id}-{part.ToLowerInvariant()}\">{label}</label>" +
            $"<input class=\"govuk-input govuk-date-input__input {width}{(Error is null ? "" : " govuk-input--error")}\" id=\"{Id}-{part.ToLowerInvariant()}\" " +
            $"name=\"{E(Name)}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{E(Typed(part) ?? value)}\"></div></div>";
        var legend = $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(Label)}</legend>";
        Render(output, $"<div class=\"{GroupClass}\"><fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy()}>{legend}{HintHtml()}{ErrorHtml()}" +
            $"<div class=\"govuk-date-input\" id=\"{Id}\">{Box("Day", "Day", parts.Day, "govuk-input--width-2")}{Box("Month", "Month", parts.Month, "govuk-input--width-2")}" +
            $"{Box("Year", "Year", parts.Year, "govuk-input--width-4")}</div></fieldset></div>");
    }

    private string? Typed(string part) =>
        ViewContext.ModelState.TryGetValue($"{Name}.{part}", out var entry) ? entry.AttemptedValue : null;
}
