using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Admin.Qualifications;

/// <summary>The national administrator uploads a qualifications file: the same imports as the CLI, all or nothing.</summary>
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class ImportModel(QualificationFiles files) : PageModel
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public static readonly IReadOnlyList<CodeListItem> Formats = QualificationFiles.Formats.Select(f => new CodeListItem(f.Code, f.Title, f.Hint)).ToList();

    [BindProperty]
    public string? Format { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public List<string> DryRun { get; set; } = [];

    public static readonly IReadOnlyList<CodeListItem> DryRunChoice = [new("yes", "Check the file only: save nothing")];

    public ImportSummary? Summary { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Format is null || Formats.All(f => f.Code != Format))
        {
            ModelState.AddModelError(nameof(Format), "Select the kind of file");
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CSV, Excel or JSON file to upload");
        }
        else if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The file must be smaller than {MaxBytes / 1024 / 1024} MB");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        FileName = Path.GetFileName(Upload!.FileName);
        using var memory = new MemoryStream();
        await Upload.CopyToAsync(memory);
        var bytes = memory.ToArray();
        var dryRun = DryRun.Contains("yes");
        Summary = await files.ImportAsync(Format!, FileName, bytes, dryRun);
        return Page();
    }
}
