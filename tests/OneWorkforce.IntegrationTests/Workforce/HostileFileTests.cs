using System.IO.Compression;
using System.Text;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Imports;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>
/// Hostile workbooks (issue 21): each is refused with a message of its own, and reading it allocates far less than the
/// 300 MB an upload may use (allocation bounds the peak; no timing is asserted). The far-off cell once took the server
/// from 396 MB to 7 GB; the compression bomb added 1.6 GB and 8,000,000 messages; DTDs were "a problem on our side".
/// </summary>
public sealed class HostileFileTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private const long AllocationBound = 300L << 20;

    /// <summary>One cell at column ZZZZZZ: the 1,706-byte file that took the server to 7 GB was this.</summary>
    private const string FarOffCell = "<row r=\"3\"><c r=\"ZZZZZZ3\" t=\"inlineStr\"><is><t>x</t></is></c></row>";

    /// <summary>A real workbook with the worker layout's header and one row, its sheet then replaced by <paramref name="sheet"/>.</summary>
    private static byte[] Workbook(Func<string, string>? sheet = null, Action<ZipArchive>? more = null)
    {
        var bytes = ExcelTable.Write("workers", WorkforceStandard.Workers.Header, [WorkforceFiles.GoodWorkers[0].Split(',')]);
        using var memory = new MemoryStream();
        memory.Write(bytes);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            if (sheet is not null)
            {
                var entry = zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal));
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    // The SDK writes its elements with an "x:" prefix; Excel writes them in the default namespace, as the tests do.
                    xml = reader.ReadToEnd().Replace("<x:", "<", StringComparison.Ordinal).Replace("</x:", "</", StringComparison.Ordinal)
                        .Replace("xmlns:x=", "xmlns=", StringComparison.Ordinal);
                }
                entry.Delete();
                var replaced = zip.CreateEntry(entry.FullName, CompressionLevel.SmallestSize);
                using var writer = new StreamWriter(replaced.Open(), new UTF8Encoding(false));
                writer.Write(sheet(xml));
            }
            more?.Invoke(zip);
        }
        return memory.ToArray();
    }

    /// <summary>The real workbook with more XML put at the end of its sheet's data.</summary>
    private static byte[] WithRows(string rows) => Workbook(xml => xml.Replace("</sheetData>", rows + "</sheetData>", StringComparison.Ordinal));

    /// <summary>The problems a workbook is refused with, all on one line, and what reading it allocated.</summary>
    private static (string Message, long Allocated) Read(byte[] workbook)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var table = ExcelTable.Read("workers.xlsx", workbook);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEmpty(table.Problems);
        return (string.Join(" | ", table.Problems.Select(p => $"{p.Row} {p.Column} {p.Message}")), allocated);
    }

    [Fact]
    public void A_cell_past_Excels_last_column_is_refused_without_padding_a_row_out_to_it()
    {
        var workbook = WithRows(FarOffCell);

        var (message, allocated) = Read(workbook);

        Assert.True(workbook.Length < 4_000, $"{workbook.Length} bytes");
        Assert.Contains("ZZZZZZ3", message);
        Assert.Contains("past Excel's last column (XFD)", message);
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Fact]
    public void A_row_past_Excels_last_row_is_refused()
    {
        var workbook = WithRows("<row r=\"2000000\"><c r=\"A2000000\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

        var (message, _) = Read(workbook);

        Assert.Contains("row numbered 2,000,000, past Excel's last row", message);
    }

    [Fact]
    public void A_compression_bomb_is_refused_from_the_package_directory_before_it_is_expanded()
    {
        // 120 MB of one repeated row, which deflates a thousand times over: a few hundred kilobytes on the wire.
        var row = "<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>";
        var workbook = WithRows(string.Concat(Enumerable.Repeat(row, 120_000_000 / row.Length)));

        var (message, allocated) = Read(workbook);

        Assert.True(workbook.Length < 1_000_000, $"{workbook.Length:N0} bytes");
        Assert.Contains("would expand from", message);
        Assert.Contains("refused unread", message);
        Assert.InRange(allocated, 0, 16L << 20); // the directory only: nothing expanded
    }

    [Theory]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>")]
    [InlineData("<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")]
    public void A_sheet_with_a_DTD_or_entities_is_refused_as_XML_a_spreadsheet_never_needs(string doctype)
    {
        var workbook = Workbook(xml => xml.Insert(xml.IndexOf("<worksheet", StringComparison.Ordinal), doctype));

        var (message, _) = Read(workbook);

        Assert.Contains("XML features a spreadsheet never needs", message);
        Assert.DoesNotContain("root:", message);
    }

    [Fact]
    public void A_sheet_whose_XML_is_broken_is_refused_with_its_own_message()
    {
        var workbook = Workbook(xml => xml.Replace("</sheetData>", "<row><c>", StringComparison.Ordinal));

        var (message, _) = Read(workbook);

        Assert.Contains("not well-formed", message);
    }

    [Fact]
    public void A_value_to_the_right_of_the_last_heading_is_a_problem_not_a_field_taken_silently()
    {
        var workbook = WithRows("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>N-9</t></is></c><c r=\"BZ3\" t=\"inlineStr\"><is><t>stray</t></is></c></row>");

        var (message, _) = Read(workbook);

        Assert.Contains("3 BZ3 This cell is to the right of the last heading", message);
    }

    [Fact]
    public async Task The_workforce_upload_refuses_a_far_off_cell_naming_the_file_and_the_cell()
    {
        var workbook = WithRows(FarOffCell);

        var (outcome, messages) = await WorkforceFiles.UploadAsync(app, dryRun: false, ("workers.xlsx", workbook));

        Assert.False(outcome.Saved);
        var message = Assert.Single(messages, m => m.Severity == Severity.Error);
        Assert.Equal("workers.xlsx", message.File);
        Assert.Equal("ZZZZZZ3", message.Column);
    }
}
