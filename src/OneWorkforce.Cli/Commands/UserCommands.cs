using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;

namespace OneWorkforce.Cli.Commands;

internal static class UserCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Accounts");
        var email = new Option<string>("--email") { Description = "The administrator's email address", Required = true };
        var password = new Option<string>("--password") { Description = $"A password of at least {IdentityRules.MinimumPasswordLength} characters", Required = true };
        var name = new Option<string?>("--name") { Description = "Full name (default: National administrator)" };
        var createAdmin = new Command("create-admin", "Create a national administrator account");
        createAdmin.Options.Add(email);
        createAdmin.Options.Add(password);
        createAdmin.Options.Add(name);
        createAdmin.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var outcome = await services.GetRequiredService<AccountAdministration>()
                .CreateAdministratorAsync(parse.GetValue(email), parse.GetValue(password), parse.GetValue(name));
            if (!outcome.Succeeded)
            {
                return Output.Errors(outcome.Errors, new() { ["Email"] = "--email", ["Password"] = "--password" });
            }
            CliConsole.Out.WriteLine($"Created national administrator {outcome.Value!.Email}.");
            return 0;
        }));
        users.Subcommands.Add(createAdmin);
        return users;
    }
}
