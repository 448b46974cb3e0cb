return await OneWorkforce.Cli.CliApp.RunAsync(args);
