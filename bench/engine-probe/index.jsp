<%--
  The engine probe (bench/engine-in-server.sh): inside the running Plan Desk server, on its engine, datasource,
  JTA transactions and job executor, deploys the given BPMN file (tasks that do nothing) and starts n instances
  one after another, as EngineBaseline does outside the server, then waits until all have ended.
  Deployed only by the benchmark, and removed again.
--%><%@ page contentType="text/plain; charset=UTF-8" import="org.camunda.bpm.engine.*,org.camunda.bpm.container.RuntimeContainerDelegate,java.nio.file.*,java.util.Map"
%><%
    ProcessEngine engine = RuntimeContainerDelegate.INSTANCE.get().getProcessEngineService().getProcessEngine("default");
    String key = "engineProbe";
    int instances = Integer.parseInt(request.getParameter("n"));
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
        engine.getRepositoryService().createDeployment().name(key)
                .addString(key + ".bpmn", Files.readString(Path.of(request.getParameter("bpmn")))).deploy();
    }
    Map<String, Object> variables = Map.of("serviceId", 1L, "customerId", 1L, "assignmentId", 1L, "productId", 1L);
    long start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
        engine.getRuntimeService().startProcessInstanceByKey(key, String.valueOf(i), variables);
    }
    long started = System.nanoTime();
    while (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count() > 0) {
        Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.print(String.format("%s: %d instances in %.1f s (all started after %.1f s): %.1f instances/s%n",
            request.getParameter("label"), instances, seconds, (started - start) / 1e9, instances / seconds));
%>
