using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>Small workforce files for the upload tests, in the demo area (organisations EY100001 and CH200002).</summary>
internal static class WorkforceFiles
{
    public static readonly string WorkersHeader = string.Join(',', WorkforceStandard.Workers.Header);
    public static readonly string TrainingHeader = string.Join(',', WorkforceStandard.TrainingRecords.Header);

    public static readonly string[] GoodWorkers =
    [
        "EY100001,S001,early-years-worker,full-time,37,2019-09-02,,,1987,female,white-british,no,3,none,yes,",
        "EY100001,S002,early-years-worker,part-time,20,2021-01-04,2026-03-31,pay,1999,female,asian-indian,no,2,current,yes,",
        "EY100001,S003,manager,full-time,37,2015-05-01,,,1970,male,white-other,no,5,none,yes,",
        "CH200002,V001,payp-worker,volunteer,4,2024-02-01,,,2004,male,black-african,no,none,none,no,",
    ];

    public static byte[] Csv(string header, params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [header, .. rows]) + "\r\n");

    public static byte[] Workers(params string[] rows) => Csv(WorkersHeader, rows);

    /// <summary>Uploads files to the demo area through the real import, as an area lead would: what it did and every message.</summary>
    public static Task<(ImportOutcome Outcome, List<UploadMessage> Messages)> UploadAsync(DemoAppFactory app, bool dryRun, params (string Name, byte[] Content)[] files) =>
        app.WithScopeAsync(async services =>
        {
            using var log = new UploadMessageLog();
            var request = new ImportRequest(app.DemoAreaId, null, dryRun, files.Select(f => UploadSource.FromBytes(f.Name, f.Content)).ToList(), "test");
            var outcome = await services.GetRequiredService<WorkforceImport>().RunAsync(request, log, null, CancellationToken.None);
            return (outcome, log.ReadAll().ToList());
        });
}
