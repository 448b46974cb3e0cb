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
        load.SetAction((_, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var area = await services.GetRequiredService<DemoLoader>().LoadAsync(cancellationToken);
            Console.WriteLine($"Loaded demo area {area.Name} ({area.Code}).");
            Console.WriteLine();
            Console.WriteLine("Sign in at /account/sign-in with any of these accounts:");
            foreach (var account in DemoData.Accounts)
            {
                Console.WriteLine($"  {ServiceRoles.Label(account.Role),-32} {account.Email}");
            }
            Console.WriteLine($"Password for every demo account: {DemoData.Password}");
            return 0;
        }));
        demo.Subcommands.Add(load);
        return demo;
    }
}
