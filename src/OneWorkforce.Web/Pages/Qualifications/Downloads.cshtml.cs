using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Frameworks;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Qualifications;

/// <summary>The whole framework as files anyone can download: each native template as CSV or Excel, each framework as a CASE package.</summary>
public sealed class DownloadsModel(QualificationFiles files, CaseExchange exchange, OneWorkforceDbContext db) : PageModel
{
    public IReadOnlyList<FileFormat> Templates { get; } = QualificationFiles.Formats.Where(f => f.Native).ToList();
    public IReadOnlyList<Framework> Frameworks { get; private set; } = [];

    public async Task OnGetAsync() =>
        Frameworks = await db.Frameworks.AsNoTracking().OrderBy(f => f.Code).ThenBy(f => f.Version).ToListAsync();

    public async Task<IActionResult> OnGetTemplateAsync(string format, string? type)
    {
        if (!QualificationFiles.NativeCodes.Contains(format))
        {
            return NotFound();
        }
        var table = await files.ExportAsync(format);
        return CsvDownload.File(type ?? "csv", format, table.Header, table.Rows);
    }

    public async Task<IActionResult> OnGetCaseAsync(string framework, string version)
    {
        var package = await exchange.ExportAsync(framework, version);
        return package is null ? NotFound()
            : File(JsonSerializer.SerializeToUtf8Bytes(package, CaseExchange.Json), "application/json", $"{framework}-{version}.case.json");
    }
}
