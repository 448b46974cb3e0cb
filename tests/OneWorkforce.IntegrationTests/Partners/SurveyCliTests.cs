using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Testing;
using OneWorkforce.UnitTests.Surveys;

namespace OneWorkforce.IntegrationTests.Partners;

/// <summary>
/// Seed 000's survey run again from the command line on a real database: the template made in an area with
/// Hertfordshire's districts, 93 paper returns imported, and <c>surveys report</c> giving the report's published figures
/// number by number; broken files refused whole with the row and column of each problem.
/// </summary>
public sealed class SurveyCliTests
{
    private static Task<(int Exit, string Out, string Error)> RunAsync(TestDatabase database, params string[] args) => Cli.Cli.RunAsync(database, args);

    private static async Task<string> HertfordshireSurveyAsync(TestDatabase database)
    {
        var area = await RunAsync(database, ["areas", "create", "--name", "Hertfordshire", "--code", "E10000015",
            .. PviResponses.Districts.SelectMany(d => new[] { "--district", d.District })]);
        Assert.True(area.Exit == 0, area.Error);
        var created = await RunAsync(database, "surveys", "create", "--area", "E10000015", "--name", "pvi-2007", "--template");
        Assert.True(created.Exit == 0, created.Error);
        Assert.Contains("Survey 'pvi-2007' made in Hertfordshire with 26 questions (draft).", created.Out);
        var opened = await RunAsync(database, "surveys", "open", "--area", "E10000015", "--survey", "pvi-2007");
        Assert.True(opened.Exit == 0, opened.Error);
        var file = Path.Combine(Path.GetTempPath(), $"pvi-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, PviResponses.Csv(), new UTF8Encoding(true));
        return file;
    }

    private static async Task<T> ReadAsync<T>(TestDatabase database, Func<Data.OneWorkforceDbContext, Task<T>> read)
    {
        await using var factory = AppFactory.OnDatabase(database);
        return await factory.WithScopeAsync(s => read(s.GetRequiredService<Data.OneWorkforceDbContext>()));
    }

    private static Task<int> ResponsesAsync(TestDatabase database) => ReadAsync(database, db => db.QuestionnaireResponses.CountAsync(r => r.Kind == "survey"));

    [Fact]
    public async Task The_93_paper_returns_give_seed_000s_published_figures_with_their_bases()
    {
        using var database = new TestDatabase();
        var file = await HertfordshireSurveyAsync(database);

        var dry = await RunAsync(database, "surveys", "import-responses", "--area", "E10000015", "--survey", "pvi-2007", "--dry-run", file);
        Assert.True(dry.Exit == 0, dry.Error);
        Assert.Contains("93 responses would be added to 'pvi-2007' (dry run: nothing saved).", dry.Out);
        Assert.Equal(0, await ResponsesAsync(database));
        var imported = await RunAsync(database, "surveys", "import-responses", "--area", "E10000015", "--survey", "pvi-2007", file);
        Assert.True(imported.Exit == 0, imported.Error);
        Assert.Contains("93 responses added to 'pvi-2007'.", imported.Out);

        var report = await RunAsync(database, "surveys", "report", "--area", "E10000015", "--survey", "pvi-2007", "--format", "json");
        Assert.True(report.Exit == 0, report.Error);
        var json = JsonDocument.Parse(report.Out).RootElement;
        Assert.Equal(93, json.GetProperty("respondents").GetInt32());
        JsonElement Question(string key) => json.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("key").GetString() == key);
        (int Count, int? OfAll, int? OfAnswered) Option(string key, string value)
        {
            var o = Question(key).GetProperty("options").EnumerateArray().Single(x => x.GetProperty("value").GetString() == value);
            return (o.GetProperty("count").GetInt32(), o.GetProperty("percentOfRespondents").GetInt32(), o.GetProperty("percentOfAnswered").GetInt32());
        }
        // Q3: the district table, and 38 working in several districts or county-wide.
        var districts = Question("q3").GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("label").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal([.. PviResponses.Districts, ("In more than one district, or across the whole area", 38)], districts.Select(d => (d.Key, d.Value)).OrderBy(d => d.Key == "In more than one district, or across the whole area").ThenBy(d => PviResponses.Districts.ToList().FindIndex(x => x.District == d.Key)));
        Assert.Equal((79, 85, 85), Option("q5", "yes"));   // 85% (79) in partnership arrangements, of all 93
        Assert.Equal((54, 58, 58), Option("q8", "yes"));   // 58% (54) recruited in the last 12 months
        Assert.Equal(92, Question("q14").GetProperty("answered").GetInt32());
        Assert.Equal((50, 54, 54), Option("q14", "no"));   // 54% (50) of the 92 who answered: no barriers
        Assert.Equal((42, 45, 46), Option("q14", "yes"));  // 46% (42) of the 92; 45% of all 93
        Assert.Equal((71, 76, 77), Option("q21", "yes"));  // 77% (71) of those who answered want news
        var spend = Question("q12a");
        Assert.Equal((38, 38), (spend.GetProperty("asked").GetInt32(), spend.GetProperty("answered").GetInt32()));
        Assert.Equal([16, 10, 3, 9], spend.GetProperty("numbers").GetProperty("bands").EnumerateArray().Select(b => b.GetProperty("count").GetInt32()));
        Assert.Equal(85_500, spend.GetProperty("numbers").GetProperty("highest").GetInt64());
        var categories = json.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(10, categories.Count);
        Assert.True(categories.Sum(c => c.GetProperty("respondents").GetInt32()) > 93); // several categories each: counted in each

        var csv = await RunAsync(database, "surveys", "report", "--area", "E10000015", "--survey", "pvi-2007", "--format", "csv");
        Assert.True(csv.Exit == 0, csv.Error);
        Assert.Contains("All respondents,Q5,Do you work in partnership with other organisations?,Yes,79,93,85,93,93,85,", csv.Out);
        File.Delete(file);
    }

    [Fact]
    public async Task Broken_files_are_refused_whole_with_the_row_and_column_of_every_problem()
    {
        using var database = new TestDatabase();
        var file = await HertfordshireSurveyAsync(database);
        var lines = (await File.ReadAllTextAsync(file)).Split("\r\n");
        async Task<(int Exit, string Out, string Error)> ImportAsync(string name, byte[] content)
        {
            var path = Path.Combine(Path.GetTempPath(), name);
            await File.WriteAllBytesAsync(path, content);
            try
            {
                return await RunAsync(database, "surveys", "import-responses", "--area", "E10000015", "--survey", "pvi-2007", path);
            }
            finally
            {
                File.Delete(path);
            }
        }
        // A good file with one bad answer far down: nothing at all is added.
        var badAnswer = lines.ToArray();
        badAnswer[60] = badAnswer[60].Replace(",Yes,", ",Perhaps,");
        var refused = await ImportAsync("bad-answer.csv", Encoding.UTF8.GetBytes(string.Join("\r\n", badAnswer)));
        Assert.Equal(2, refused.Exit);
        Assert.Contains("bad-answer.csv, row 61, column 'Q", refused.Error);
        Assert.Contains("('Perhaps'): 'Perhaps' is not one of the answers to", refused.Error);
        Assert.Contains("Nothing was saved.", refused.Error);

        var wrongHeader = await ImportAsync("wrong.csv", Encoding.UTF8.GetBytes("Name,Email\r\nA,b@example.org\r\n"));
        Assert.Equal(2, wrongHeader.Exit);
        Assert.Contains("wrong.csv, row 1, column 'Name' ('Name'): 'Name' is not a column of this survey's responses file", wrongHeader.Error);

        var routed = await ImportAsync("routed.csv", Encoding.UTF8.GetBytes("Q8,Q9\r\nNo,Local paper\r\n"));
        Assert.Contains("routed.csv, row 2, column 'Q9' ('Local paper'): Q9 is asked only when Q8 is Yes. Leave it blank, or correct Q8", routed.Error);

        var huge = await ImportAsync("huge.csv", Encoding.UTF8.GetBytes($"Q7\r\n{new string('x', 5_000)}\r\n"));
        Assert.Contains("must be 2,000 characters or fewer; it has 5,000", huge.Error);

        // Windows-1252 (a spreadsheet saved the old way) is refused with how to save it as UTF-8, never read garbled.
        var windows = await ImportAsync("windows.csv", CodePagesEncoding().GetBytes("Q7,Q12B\r\nCafé mornings for volunteers,£45000\r\n"));
        Assert.Equal(2, windows.Exit);
        Assert.Contains("windows.csv, row 2: The file is not UTF-8 text (it may have been saved as Windows-1252 or ANSI). In Excel choose Save As, then 'CSV UTF-8 (Comma delimited)'", windows.Error);
        Assert.Equal(0, await ResponsesAsync(database));
        var utf8 = await ImportAsync("utf8.csv", Encoding.UTF8.GetBytes("Q7,Q12B\r\nCafé mornings for volunteers,£45000\r\n"));
        Assert.True(utf8.Exit == 0, utf8.Error);
        Assert.Equal(1, await ResponsesAsync(database));
        var stored = await ReadAsync(database, db => db.QuestionnaireResponses.Select(r => r.AnswersJson).SingleAsync());
        var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(stored)!;
        Assert.Equal(("Café mornings for volunteers", "45000"), (answers["q7"], answers["q12b"]));
        File.Delete(file);
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
