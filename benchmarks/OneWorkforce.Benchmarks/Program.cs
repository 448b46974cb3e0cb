using OneWorkforce.Benchmarks;

// dotnet run -c Release --project benchmarks/OneWorkforce.Benchmarks -- pages BASE_URL [requests] [path …]
// dotnet run -c Release --project benchmarks/OneWorkforce.Benchmarks -- import-eyql FILE [runs]
// dotnet run -c Release --project benchmarks/OneWorkforce.Benchmarks -- snapshots   (uses Database__Provider, ConnectionStrings__OneWorkforce)
// dotnet run -c Release --project benchmarks/OneWorkforce.Benchmarks -- assessment-analysis [responses] [runs]   (uses Database__Provider, ConnectionStrings__OneWorkforce)
// dotnet run -c Release --project benchmarks/OneWorkforce.Benchmarks -- workforce-reports [AREA_CODE] [runs]   (uses Database__Provider, ConnectionStrings__OneWorkforce)
// dotnet run -c Release --project benchmarks/OneWorkforce.Benchmarks -- course-search [sessions] [runs]   (uses Database__Provider, ConnectionStrings__OneWorkforce)
// dotnet run -c Release --project benchmarks/OneWorkforce.Benchmarks -- compliance [workers] [records-each] [runs]   (the same)
// dotnet run -c Release --project benchmarks/OneWorkforce.Benchmarks -- national-catalogue   (uses Database__Provider, ConnectionStrings__OneWorkforce)
switch (args.FirstOrDefault())
{
    case "pages":
        await PageLatency.RunAsync(args[1..]);
        return 0;
    case "import-eyql":
        await ImportTiming.RunAsync(args[1..]);
        return 0;
    case "import-eyql-into":
        await ImportTiming.IntoExistingAsync(args[1..]);
        return 0;
    case "snapshots":
        await SnapshotBuilds.RunAsync();
        return 0;
    case "assessment-analysis":
        await AssessmentAnalysis.RunAsync(args[1..]);
        return 0;
    case "workforce-reports":
        await WorkforceReportTiming.RunAsync(args[1..]);
        return 0;
    case "course-search":
        await CourseSearchTiming.RunAsync(args[1..]);
        return 0;
    case "compliance":
        await ComplianceTiming.RunAsync(args[1..]);
        return 0;
    case "national-catalogue":
        await NationalCatalogue.RunAsync(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("Usage: pages BASE_URL [requests] [path …] | import-eyql FILE [runs] | import-eyql-into FILE… | snapshots | assessment-analysis [responses] [runs] | course-search [sessions] [runs] | compliance [workers] [records-each] [runs] | national-catalogue");
        return 1;
}
