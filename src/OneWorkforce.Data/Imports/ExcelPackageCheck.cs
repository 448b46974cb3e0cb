using OneWorkforce.Core.Imports;

namespace OneWorkforce.Data.Imports;

/// <summary>
/// The check of a workbook's package before any part of it is expanded (issue 21): a compression bomb is refused from
/// the zip directory alone, so a few hundred kilobytes cannot become gigabytes of XML in memory.
/// </summary>
public static class ExcelPackageCheck
{
    /// <summary>The most one part of the package may expand to, and all parts together.</summary>
    public const long MaxPartBytes = 256L << 20;
    public const long MaxPackageBytes = 512L << 20;

    /// <summary>
    /// The most a part larger than a megabyte may expand by. Excel's own sheets compress about 5 to 20 times; a
    /// compression bomb, hundreds or thousands of times.
    /// </summary>
    public const int MaxRatio = 100;

    /// <summary>
    /// A compression bomb, found from the package's own directory before anything is expanded: a part that would expand
    /// past <see cref="MaxPartBytes"/> or by more than <see cref="MaxRatio"/> times, or parts past <see cref="MaxPackageBytes"/> together.
    /// </summary>
    public static ImportProblem? Problem(string fileName, byte[] bytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.Length / (double)Math.Max(1, entry.CompressedLength);
                if (entry.Length > MaxPartBytes || (entry.Length > 1 << 20 && ratio > MaxRatio) || total > MaxPackageBytes)
                {
                    return new ImportProblem(fileName, 0, entry.FullName, "",
                        $"The workbook's part '{entry.FullName}' would expand from {entry.CompressedLength:N0} bytes to {entry.Length:N0} " +
                        $"({ratio:N0} times). Excel's own workbooks never do: this file is refused unread. If it is a real workbook, " +
                        "save it from Excel as 'CSV UTF-8' and upload that, or split it into smaller files");
                }
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return NotAWorkbook(fileName);
        }
    }

    public static ImportProblem NotAWorkbook(string fileName) => new(fileName, 0, "", "",
        "The file cannot be opened as an Excel workbook (.xlsx). Save it from Excel as 'Excel Workbook (.xlsx)' or as 'CSV UTF-8', and upload it again");
}
