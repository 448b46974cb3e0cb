using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Training;
using OneWorkforce.Data.Training;

namespace OneWorkforce.Cli.Commands;

/// <summary>The shared training offer: reminder emails (run it daily, from cron or a scheduler) and the compliance figures.</summary>
internal static class TrainingCommands
{
    public static Command Create()
    {
        var training = new Command("training", "The shared training offer: reminders and compliance");
        training.Subcommands.Add(Remind());
        training.Subcommands.Add(ComplianceCommand());
        return training;
    }

    private static Command Remind()
    {
        var command = new Command("remind", "Send the reminder emails that are due: sessions in the next 3 days, required training 90, 60 and 30 days before it runs out and when it has, and the impact follow-up 6 weeks after a course. Each goes once, however often this runs");
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            var sent = await services.GetRequiredService<TrainingReminders>().SendAsync(cancellationToken: cancellationToken);
            CliConsole.Out.WriteLine($"Session reminders: {sent.SessionReminders}. Required training running out: {sent.TrainingDue} (emails to {sent.PeopleEmailed} people and {sent.ManagersEmailed} managers). Impact follow-ups: {sent.ImpactFollowUps}.");
            return 0;
        }));
        return command;
    }

    private static Command ComplianceCommand()
    {
        var area = CliAreas.AreaOption();
        var format = new Option<string>("--format") { Description = "json or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("compliance", "An area's compliance with required training: counts by role and training (aggregates only, for the whole area)");
        command.Options.Add(area);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            var found = await CliAreas.FindAsync(services, parse.GetValue(area)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var result = await services.GetRequiredService<TrainingCompliance>().AssessAsync(found.Id, cancellationToken: cancellationToken);
            // Shared figures: small numbers hidden, as on every page, download and API.
            var threshold = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Data.Workforce.Intelligence.WorkforceSettings>>().Value.DisclosureThreshold;
            var table = ComplianceTable.Build(result.ByRoleAndTopic(), suppress: true, threshold);
            string Cell(ComplianceTableRow row, int c) => row.Hidden[c] ? Core.Workforce.Intelligence.ReportExport.HiddenMarker : row.Cells[c].ToString(CultureInfo.InvariantCulture);
            string[] names = ["never_done", "out_of_date", "within_30_days", "within_31_to_60_days", "within_61_to_90_days", "in_date_beyond_90_days", "required"];
            if (parse.GetValue(format) == "csv")
            {
                CliConsole.Out.WriteLine("role,topic," + string.Join(',', names));
                foreach (var row in table)
                {
                    var (role, topic) = row.IsTotal ? ("total", "") : (row.Key.Split('/')[0], row.Key.Split('/')[1]);
                    CliConsole.Out.WriteLine(string.Join(',', [role, topic, .. Enumerable.Range(0, names.Length).Select(c => Cell(row, c))]));
                }
            }
            else
            {
                CliConsole.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    area = found.Code,
                    asAt = result.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    hiddenMarker = Core.Workforce.Intelligence.ReportExport.HiddenMarker,
                    rows = table.Select(row => new Dictionary<string, string>(
                        [new("role", row.IsTotal ? "total" : row.Key.Split('/')[0]), new("topic", row.IsTotal ? "" : row.Key.Split('/')[1]),
                         .. Enumerable.Range(0, names.Length).Select(c => new KeyValuePair<string, string>(names[c], Cell(row, c)))])),
                }, new JsonSerializerOptions { WriteIndented = true }));
            }
            return 0;
        }));
        return command;
    }
}
