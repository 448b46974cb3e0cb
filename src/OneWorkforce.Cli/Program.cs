using System.CommandLine;
using OneWorkforce.Cli.Commands;

var root = new RootCommand("OneWorkforce command line: database, accounts, areas, qualifications and demo data. " +
    "Reads the same settings as the web app: Database__Provider and ConnectionStrings__OneWorkforce.");
root.Subcommands.Add(DbCommands.Create());
root.Subcommands.Add(UserCommands.Create());
root.Subcommands.Add(AreaCommands.Create());
root.Subcommands.Add(DemoCommands.Create());
root.Subcommands.Add(QualificationCommands.Create());
root.Subcommands.Add(AssessmentCommands.Create());
root.Subcommands.Add(WorkforceCommands.Create());
return await root.Parse(args).InvokeAsync();
