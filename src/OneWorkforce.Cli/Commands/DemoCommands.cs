using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Access;
using OneWorkforce.Data;
using OneWorkforce.Data.Demo;

namespace OneWorkforce.Cli.Commands;

internal static class DemoCommands
{
    public static Command Create()
    {
        var demo = new Command("demo", "Demonstration data");
        var load = new Command("load", "Load a fictional demo area with districts, organisations and one account per role");
        var withoutWorkforce = new Option<bool>("--without-workforce")
        {
            Description = "Leave out the synthetic workforce (20,000 workers in 400 organisations) for a quicker load",
        };
        load.Options.Add(withoutWorkforce);
        load.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var area = await services.GetRequiredService<DemoLoader>().LoadAsync(cancellationToken, withWorkforce: !parse.GetValue(withoutWorkforce));
            CliConsole.Out.WriteLine($"Loaded demo area {area.Name} ({area.Code}).");
            CliConsole.Out.WriteLine();
            CliConsole.Out.WriteLine("Sign in at /account/sign-in with any of these accounts:");
            foreach (var account in DemoData.Accounts)
            {
                CliConsole.Out.WriteLine($"  {ServiceRoles.Label(account.Role),-32} {account.Email}");
            }
            CliConsole.Out.WriteLine($"Password for every demo account: {DemoData.Password}");
            return 0;
        }));
        demo.Subcommands.Add(load);
        return demo;
    }
}
