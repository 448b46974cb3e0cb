using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Workforce;

/// <summary>
/// The data dictionary of the workforce data standard, read from its one definition in code, with a CSV and an Excel
/// template for each file. Public: anyone preparing a file can read it without an account.
/// </summary>
public sealed class WorkforceDataStandardModel : PageModel
{
    /// <summary>Every code list the standard's fields use, once each, in the order the fields first use them.</summary>
    public static IReadOnlyList<CodeList> CodeLists { get; } = WorkforceStandard.Layouts.SelectMany(l => l.Fields).Select(f => f.Codes).OfType<CodeList>()
        .DistinctBy(c => c.Name).ToList();

    public void OnGet()
    {
    }

    /// <summary>A template: the header row, then one example row from the standard's examples.</summary>
    public IActionResult OnGetTemplate(string layout, string format = "csv")
    {
        var found = WorkforceStandard.Layouts.FirstOrDefault(l => l.Name == layout);
        if (found is null)
        {
            return NotFound();
        }
        var example = found.Fields.Select(f => f.Example).ToList();
        return CsvDownload.File(format, $"{found.Name}-template-{WorkforceStandard.Version}", found.Header, [example]);
    }

    public static string Anchor(CodeList list) => "codes-" + list.Name;
}
