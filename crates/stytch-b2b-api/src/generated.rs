// placeholder until first codegen run
